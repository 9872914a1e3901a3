"""Mail edge: reading and (later) writing messages, SMTP and IMAP."""
