#pragma once

#include "domain/bill.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QString>
#include <QTimer>

#include <vector>

namespace corpcare::models {

// Itemization lines (appliedCustomerBillingRate), a million at a time: service user number, charge
// kind, name, period, amounts without and with tax, bill number. Lines arrive in pages of 1,000;
// append() stores them at once and the model shows them a slice per pass of the event loop, so the
// view's row insertion never holds the window long (the same reasoning as PacedAppender).
//
// Rows are kept compact: the texts many lines share (numbers, names, bill ids) are stored once, and
// dates and amounts as integers; a million parsed BillItems would take about a gigabyte.
class BillItemsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ServiceUser, ChargeKind, Name, Period, TaxExcluded, TaxIncluded, BillNumber, ColumnCount };
    static constexpr int kDefaultSlice = 2000;

    explicit BillItemsModel(QObject *parent = nullptr);

    // Stores lines; they become rows over the next passes of the event loop, in the order given.
    void append(const QList<domain::BillItem> &items);
    void reserve(qsizetype rows); // room for the whole list once its size is known
    void clear();                 // drops rows and what is still queued
    void setSlice(int rows) { m_slice = qMax(1, rows); }
    // Bill numbers by bill id ("B-000005-202610"), shown instead of the bare id where known.
    void setBillNumbers(const QHash<QString, QString> &numberOfBill);
    qsizetype pending() const { return qsizetype(m_rows.size()) - m_shown; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString chargeKindText(domain::ChargeKind kind);

signals:
    void drained(); // every stored line is a row now

private:
    struct Row {
        QString id;
        QString serviceUser; // shared with the other lines of the number
        QString name;        // shared
        QString billId;      // shared
        qint64 taxExcluded = 0;
        qint64 taxIncluded = 0;
        qint32 periodStart = 0; // Julian days; the end is exclusive
        qint32 periodEnd = 0;
        domain::ChargeKind kind = domain::ChargeKind::Tariff;
    };

    void appendSlice();
    const QString &shared(const QString &text);
    QString billText(const Row &row) const;

    std::vector<Row> m_rows; // stored lines; the first m_shown are the model's rows
    qsizetype m_shown = 0;
    QSet<QString> m_texts;
    QHash<QString, QString> m_numberOfBill;
    QString m_currency;
    QLocale m_locale;
    QTimer m_timer;
    int m_slice = kDefaultSlice;
};

} // namespace corpcare::models
