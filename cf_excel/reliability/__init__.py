"""Reliability checks that scripts run against cf-excel; cf-excel itself never imports them.

`differential` (with `campaign`, `minimiser`, `differences` and the `random_*` generators)
writes random rules on random tables through the real patcher, renders them with LibreOffice
(`libreoffice`) and compares the cells it formats with the executor's; `scripts/differential.py`
runs it at scale.
"""
