"""Excel hand-offs: briefing workbooks and reports. No Qt and no session opening here."""
