"""Use cases: plain functions f(session, ...) that read or change the domain and never commit."""
