#pragma once

#include "domain/itemization_rows.h"

#include <QByteArrayView>
#include <QString>

// The text/csv representation of appliedCustomerBillingRate lists (docs/api-profile.md, "CSV lists"):
// a header line naming the columns by their JSON paths, then one line per itemization line. The parser
// reads a page of it into compact rows (domain/itemization_rows.h) without a QString per field.
namespace corpcare::api {

// The columns the parser needs; a page may carry others in any order (ignored, like unknown JSON fields).
inline constexpr const char *kItemizationCsvColumns[] = {
    "id",
    "bill.id",
    "billingAccount.id",
    "product.id",
    "chargeKind",
    "productOffering.id",
    "periodCoverage.startDateTime",
    "periodCoverage.endDateTime",
    "date",
    "taxExcludedAmount.value",
    "taxIncludedAmount.value",
    "taxIncludedAmount.unit",
};

// Parses one page. On a malformed page answers an empty page and sets *error to a sentence naming the
// line (the header is line 1) and the column, e.g. `line 3, column taxIncludedAmount.value: "18.505"
// has more than two decimals`. Amounts are read exactly into minor units (never through a double).
// Thread-safe: PagedListLoader runs it on worker threads.
domain::ItemizationPage parseItemizationCsv(QByteArrayView body, QString *error);

} // namespace corpcare::api
