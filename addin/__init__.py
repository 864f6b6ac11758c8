"""The task pane's pages (html, js, css, icons), shipped in the wheel as `cf_excel.addin`."""
