"""ics edge: calendar invitations in, reminder events out."""
