"""Synthetic NL → CF-rule pairs: realistic tables, canonical rules and paraphrased requests.

Pretraining data for the CodeFusion CF model (RESEARCH.md, "Specific to CF rules"). Tables come
from twelve everyday spreadsheet domains, with typed columns, varied headers and a few blanks and
error values. Rules cover every node and op of grammar/cf_rule.lark and point at a column of the
right type (`c[i]`); requests come from paraphrase templates that copy the rule's literals. About
a quarter mimic the benchmark's train split: an `Index`/`Value` table whose rule names no column
and applies to the selection. Every rule is printed canonically (`format_rule`) and run with the
executor; rules that format some but not all of their cells are preferred.
"""

from cf_excel.synthetic.rules import SyntheticExample, synthetic_examples

__all__ = ["SyntheticExample", "synthetic_examples"]
