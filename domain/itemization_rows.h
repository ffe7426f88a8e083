#pragma once

#include "domain/bill.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace corpcare::domain {

// One itemization line in a few dozen bytes, for lists of a million (the CSV representation of
// appliedCustomerBillingRate, profile §3): ids as indexes into the page's texts, dates as Julian
// days, amounts as minor units. A million BillItems with their QStrings and QDateTimes take about a
// gigabyte and most of the time of a load.
struct ItemizationRow {
    static constexpr qint32 kNone = -1;

    qint64 idNumber = -1;    // the id when it is plain decimal digits (the reference server's ids)
    qint64 taxExcluded = 0;  // minor units of the page's currency
    qint64 taxIncluded = 0;  // minor units
    qint32 idText = kNone;   // otherwise the id as one of the page's texts
    qint32 bill = kNone;     // the bill's id (a page text); kNone: not billed
    qint32 account = kNone;  // the billing account's id
    qint32 product = kNone;  // the service user's product id
    qint32 offering = kNone; // the offering that rated the line (tariff or service); kNone: not named
    qint32 currency = kNone; // the amounts' currency
    qint32 periodStart = 0;  // Julian day
    qint32 periodEnd = 0;    // Julian day, exclusive (the first day after the period)
    qint32 date = 0;         // Julian day of the charge
    ChargeKind kind = ChargeKind::Tariff;
};

// One page of rows with the distinct texts they point into (ids repeat: a bill has thousands of lines).
// Implicitly shared, like its lists: a page passes through QVariants and signals without a copy.
struct ItemizationPage {
    QStringList texts;
    QList<ItemizationRow> rows;

    qsizetype size() const { return rows.size(); }
    bool isEmpty() const { return rows.isEmpty(); }
    // The text of an index, empty for kNone.
    QString text(qint32 index) const { return index >= 0 ? texts.at(index) : QString(); }
    QString id(const ItemizationRow &row) const {
        return row.idNumber >= 0 ? QString::number(row.idNumber) : text(row.idText);
    }
};

} // namespace corpcare::domain

Q_DECLARE_METATYPE(corpcare::domain::ItemizationPage)
