<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>AuditTrailDialog</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} changes, newest first (the latest {limit} entries at most; the export has all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Export briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When included, every sheet is marked CONFIDENTIAL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetFooter</name>
    <message>
        <source>EUR=162.5, USD=151</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yen per unit of each currency, for this trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rates (yen per unit):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no rate for {currencies}: left out of the total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{part}” is not CODE=rate, for example EUR=162.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarryDialog</name>
    <message>
        <source>Carry into a later meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>&amp;Copy chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be written to {path}. Check that the folder exists and that you may write there, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cities counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones and target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CitiesPage</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreements with this city yet. Add one with Add….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document is recorded for this agreement. Edit it to give the path of the signed text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}

{path}

Open it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a member of any network we follow. Members are added on the Networks page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship health {score}/100 ({band}): {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net&amp;works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComingUpTab</name>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trip or visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trips and visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement anniversaries and expiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue commitments by owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifts waiting for a declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is coming up could not be read; F5 tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what is coming up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next {days} days, from {today}; overdue and undeclared as of today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {shown} owners with most overdue of {total}; the Commitments page lists them all (Overdue only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens the owner&apos;s oldest overdue commitment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trips or visits in the next {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No five-yearly anniversaries or expiries in the next {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every gift above the threshold is declared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentsPage</name>
    <message>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments are added from the meeting where they were made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not followed up in a later meeting yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only commitments this person owns or was at the table for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only commitments due before this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as {status} ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry &amp;into a meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what became of it in a later meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {status}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyTripDialog</name>
    <message>
        <source>Plan from “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;return visit (the other direction: the programme starts empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New trip &amp;starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return visit from {city}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the day the new trip starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterpartsPage</name>
    <message>
        <source>Counterparts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;past office holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings with this person yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open commitments involving this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship &amp;health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokyo time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftRestoreDialog</name>
    <message>
        <source>Unsaved draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting has a draft typed at {when} that was never saved (the program may have closed unexpectedly). Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;confidential meetings, trips and sensitive notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When included, the file is marked CONFIDENTIAL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDoneDialog</name>
    <message>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to City Diplomacy Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Your database is empty.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Load the demo office&lt;/b&gt; to explore the program with Tokyo&apos;s partner cities, networks and the 2014 visits (people and meetings in it are fictional).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Start empty&lt;/b&gt; to begin keeping your own office&apos;s record.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the &amp;demo office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FloatInput</name>
    <message>
        <source>“{text}” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthTab</name>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How is the score computed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relationship health could not be worked out; F5 tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the health of every partner city…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} partner cities: &lt;span style=&apos;color:{g}&apos;&gt;{strong} strong&lt;/span&gt;, &lt;span style=&apos;color:{a}&apos;&gt;{fair} fair&lt;/span&gt;, &lt;span style=&apos;color:{r}&apos;&gt;{weak} weak&lt;/span&gt;. Weakest first; click a heading to sort, Enter opens the city.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>No record is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes are recorded for this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change, newest first. Sensitive notes show that they changed, not what they said: you are not cleared for them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Our last visit:&lt;/b&gt; {ours}&lt;br&gt;&lt;b&gt;Their last visit to us:&lt;/b&gt; {theirs}&lt;br&gt;&lt;b&gt;Open invitations:&lt;/b&gt; {invitations}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(led by {name})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Import {what} from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{bad} of {n} rows are refused, so nothing can be imported. Correct the file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {n} rows are good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItineraryItemDialog</name>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End zo&amp;ne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who (none ticked: everyone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the item a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It ends before it starts (compare the local times and zones).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItineraryPanel</name>
    <message>
        <source>Starts (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No itinerary items yet. Add the first with Add… (Ctrl+Shift+I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the itinerary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{title}” from the itinerary? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to shared &amp;server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the office&apos;s shared PostgreSQL database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo office (Tokyo, 2014)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the open database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put one of the open file&apos;s backups in its place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find anything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a city, person, agreement, trip or meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organizations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City governments, embassies and other bodies our counterparts work for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift &amp;declaration threshold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received gifts worth more than this wait for a declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change in the office: who, what, when, old and new values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About City Diplomacy Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {label} (read-only: changes cannot be saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer: {name} (reads only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer: {name} (not cleared for confidential content)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({n} overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window opens in {language} the next time the program starts. Exports keep the language chosen for each of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift declaration threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database you had open stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists. Choose a new file name; existing files are never overwritten here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written: {error}. The database itself is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved and checked: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace {name} with the backup {backup}? Changes made since that backup are set aside in a copy of the current file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {backup}. The file as it was is kept at {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the demo office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About City Diplomacy Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;City Diplomacy Desk {version}&lt;/h3&gt;&lt;p&gt;For the international-affairs and protocol office of a city: partner cities, trips, meetings, commitments and Excel briefings.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;br&gt;Log file: {log}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapTab</name>
    <message>
        <source>The cities could not be read; F5 tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the partner cities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} cities have no coordinates and are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The world outlines are missing from this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a city to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attendees recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;counterpart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commitments from this meeting yet. Add them with Add….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier commitments were followed up here. Carry one in from the Commitments page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to declare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given/received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (yen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gifts recorded for this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed &amp;up here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New counterpart at this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONFIDENTIAL — left out of exports unless asked for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworksPage</name>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member cities recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plenaries recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plenaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our role: {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are not a member.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Acknowledge warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this acceptable?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectivesTab</name>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trips and visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objectives could not be counted; F5 tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting what serves each objective…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of them planned ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trip or visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What serves it, newest first ({n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenFileDialog</name>
    <message>
        <source>City Diplomacy Desk databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationsDialog</name>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cha&amp;nge history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the list again from the database (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet. Add the first one with New (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your unsaved changes to {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {n} field(s) need attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name}? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefInput</name>
    <message>
        <source>Nothing called “{text}” was found; pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelatedList</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name}? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Portfolio report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners, networks, targets with charts, commitments, meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;meetings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every meeting in one workbook (confidential ones only if asked for)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trip briefings are exported from the Trips page (Ctrl+Shift+E).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;counterparts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From an Excel list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import c&amp;ities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank template for counterparts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank template for cities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: {error}. No file was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the portfolio report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing meetings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {n} meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file changed since the preview; nothing was imported. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {n} {what}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to put in place of {name}. A copy of the file as it is now is kept first, so the restore can be undone the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of this file yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review old sensitive notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These people left office more than five years ago and we still hold dietary or protocol notes about them. Open each one and clear the notes that are no longer needed, or erase the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Which cities count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An &amp;agreement in force,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;meeting in the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;visit in the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>either way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ours, there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theirs, here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship &amp;level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A city counts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or above, from the day it was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This target&apos;s rule nests conditions in a way this editor does not show: “{words}”. It is kept as it is unless you tick conditions here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a city, person, agreement, trip or meeting — any script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ ↓ to choose, Enter to open, Esc to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} found. Enter opens the highlighted one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerUrlDialog</name>
    <message>
        <source>Connect to the shared server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL, for example postgresql+psycopg://officer@server/citydesk:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;former staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Milestones, one a line (day: cities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A city counts with {rule}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one condition.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsTab</name>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress is computed from the records, never typed in: agreements in force, meetings and visits with their dates, and relationship levels from the day they were recorded (the audit trail keeps their history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would make it count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No targets recorded. Targets come with the strategy (see the demo database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress could not be worked out; F5 tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the progress toward each target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the target “{title}”? Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached, {n} short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the deadline {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on {day}, deadline {deadline}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{reached}&lt;/b&gt; of &lt;b&gt;{goal}&lt;/b&gt; cities {when}: &lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;{state}&lt;/b&gt;&lt;/span&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} count today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones: {marks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A city counts with {rule}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cities counting today ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One step away ({n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThresholdDialog</name>
    <message>
        <source>Gift declaration threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received gifts worth more than this many yen are flagged until their declaration is recorded:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineTable</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TripsPage</name>
    <message>
        <source>Trips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The itinerary as a calendar file for Outlook or Google (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy trip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a new trip or a return visit from this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Briefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trip&apos;s briefing workbook for Excel (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;legation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Itinerary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day b&amp;y day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warnings ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} people: {ours} ours, {theirs} visiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar could not be written: {error}. Nothing else changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {n} events to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the briefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The briefing could not be written: {error}. No file was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy trip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningsPanel</name>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;acknowledged warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;cknowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} warning(s) to look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open warnings: the programme holds together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} acknowledged, hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorldCityDialog</name>
    <message>
        <source>New city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the city&apos;s name in any script (Wien, Москва, 서울, 東京). Country, time zone, coordinates and names are filled in for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter by &amp;hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No city of over 15,000 people starts with “{text}”. You can enter it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorldMap</name>
    <message>
        <source>Click to open the city.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_CalendarInput</name>
    <message>
        <source>Pick from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Someone else changed this record while you were editing it. Nothing was saved. Reload the record (F5) to see their change, then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change because it would break a rule that keeps the data consistent. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not let you make this change: your access does not include it (for example, you may only read, or the record is confidential). Nothing was saved. An administrator can change your access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be reached or refused the change. Nothing was saved. Check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}

The newest backup of this file, {name}, was made on {when}. Restore it? The file as it is now is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airfare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceremony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embassy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friendship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MoU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per diem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sister city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steering committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vice chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong inside the program: {what}.

Your saved data is safe: every change is stored as one complete step, and an interrupted step is undone. The program keeps running.

The details were written to {log}. If it happens again, send that file to your support desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>{label} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is too long ({length} characters; at most {most}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not an e-mail address (name@example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not an ISO country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a time zone (for example Europe/Berlin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be an amount of money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is a whole amount (no decimals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be a number (not {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be at least {least}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be at most {most}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not one of: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be a list of records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in local script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region or state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 is highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name (Latin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name (Latin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name (own script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name (own script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name written first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as in Japanese, Chinese and Korean names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example ko, en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dietary notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member cannot leave before joining.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plenary cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In effect from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legally binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields of cooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path of the signed text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot take effect before it is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot expire before it is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot end before it is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one person: one of our staff, or a visiting counterpart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for an inbound visit, our own city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead (our side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead (visitors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time between places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes needed to move between two places in one city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working day starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working day ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trip cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visiting counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO code: JPY, EUR, USD…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yen per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty to use the trip&apos;s rate for this currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a three-letter currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one owner: one of our staff or one of theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our commitment is owned by one of our staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their commitment is owned by one of their people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of our staff (and no counterpart) for our side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one counterpart (and no staff member) for their side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty for a meeting outside any trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the highest office at the table; targets may count head-of-city meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atmosphere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 tense … 5 warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline cannot come before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title in Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cities to reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role at the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner (ours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner (theirs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invitation to visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given or received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated value (yen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where it is kept, or to whom it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(sensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive: left out of exports unless you ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (Tokyo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have unsaved changes. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <source>the database file was rewritten (VACUUM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tables were rewritten on the server (VACUUM FULL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not let this role rewrite the tables: ask its administrator to run VACUUM FULL so that the old values leave the server&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export everything held about this person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;rase this person&apos;s personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review old sensitive notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal dat&amp;a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests about one person&apos;s data (APPI, GDPR): export it all, or erase it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator of the program may erase personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the personal data of {name}?

Their names, contact details, position and notes are replaced, and their old values are removed from the audit trail. The meetings they attended are kept, with an erased person at the table. This cannot be undone; backups made before now still hold the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewriting the database file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file is still being rewritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data erased; {how}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
