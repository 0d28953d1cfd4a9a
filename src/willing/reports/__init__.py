"""Reports a planner can put in front of a minister: the summit read-ahead, one nation's
contribution and the force-generation sheet, as PDF (Typst), self-contained HTML or XLSX.

Builders (`readahead`, `contribution`, `forcegen`) read the services for one viewer into a
`document.Report`; renderers (`pdf`, `html`, `xlsx`) only lay it out.
"""
