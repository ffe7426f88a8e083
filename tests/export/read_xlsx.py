#!/usr/bin/python3
"""Reads an XLSX file back for tst_export and prints what a spreadsheet sees, as JSON:
the sheet, the frozen pane, and every cell with its value, type and number format."""
import datetime
import json
import sys

import openpyxl

workbook = openpyxl.load_workbook(sys.argv[1])
sheet = workbook.active
cells = []
for row in sheet.iter_rows():
    out = []
    for cell in row:
        value = cell.value
        if isinstance(value, datetime.datetime):
            value = value.date().isoformat()
            kind = "date"
        elif isinstance(value, (int, float)):
            kind = "number"
        elif value is None:
            kind = "empty"
        else:
            kind = "text"
        out.append({"value": value, "type": kind, "format": cell.number_format, "bold": bool(cell.font.bold)})
    cells.append(out)
print(json.dumps({"title": sheet.title, "freeze": sheet.freeze_panes, "cells": cells}, ensure_ascii=False))
