"""How many rows of each kind the demo office holds, from the demo's own tables."""

from cityapp.demo import facts, small

DEMO_CITIES = len(facts.CITIES)
# The six 2014 trips, the Jakarta visit and the Los Angeles trip, then one trip or visit for
# each later head-of-city contact.
DEMO_TRIPS = 8 + len(small.LATER_CONTACTS)
# Meetings that are not confidential: the twelve of the 2014 trips and around them, and one
# for each later contact.
DEMO_OPEN_MEETINGS = 12 + len(small.LATER_CONTACTS)
