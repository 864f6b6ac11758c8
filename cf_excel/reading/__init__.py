"""The request reader: a symbolic semantic parser that reads a plain-language request on the
user's own sheet into CF rules, without training, so it does not depend on anyone's phrasing.

spans (what the words point at) → cues (which tests they ask) → conditions / comparisons /
checks (each test on its column) → reader (joined with AND/OR, applied to rows, cells or a
block, scored by coverage) → generator (`--model reader`) and hybrid (its readings pooled with
CodeFusion's samples: the default generator).
"""
