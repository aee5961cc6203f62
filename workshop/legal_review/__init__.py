"""Legal's reviewed DOCX read back: anchors, the returned file, the report, the command."""
