"""Presentation shared by the CLI, the web pages and the reports: numbers people read at a
glance, the plain-language summary of a plan and releasability markings. Pure, no I/O."""
