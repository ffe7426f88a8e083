#pragma once

#include "domain/bill.h"
#include "domain/itemization_rows.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <vector>

namespace corpcare::models {

// Itemization lines (appliedCustomerBillingRate), a million at a time: service user number, charge
// kind, name, period, amounts without and with tax, bill number. Lines arrive in pages; append()
// stores them at once and the model shows them in slices between passes of the event loop, so the
// view's row insertion never holds the window long (the same reasoning as PacedAppender). Slices go in
// at most every sliceInterval: each insertion costs the view a relayout of its whole vertical header and
// a repaint, so with a million rows it is the number of insertions, not their size, that costs.
//
// Rows are kept compact (domain/itemization_rows.h): the texts many lines share (product, offering and
// bill ids) are stored once, dates and amounts as integers. The service user's number, the offering's
// name and the bill's number are looked up when a cell is shown, in the tables the view gives
// (setServiceUserNumbers, setOfferingNames, setBillNumbers); the line's name follows
// domain::chargeName. Lines read from JSON (append(QList<BillItem>)) bring their own number and name.
class BillItemsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ServiceUser, ChargeKind, Name, Period, TaxExcluded, TaxIncluded, BillNumber, ColumnCount };
    static constexpr int kDefaultSlice = 100'000;
    static constexpr int kDefaultSliceIntervalMs = 40;

    explicit BillItemsModel(QObject *parent = nullptr);

    // Stores lines; they become rows over the next passes of the event loop, in the order given.
    void append(const domain::ItemizationPage &page); // compact rows (api::ItemizationLoader)
    void append(const QList<domain::BillItem> &items);
    void reserve(qsizetype rows);                        // room for the whole list once its size is known
    void clear();                                        // drops rows and what is still queued (the lookups stay)
    void setSlice(int rows) { m_slice = qMax(1, rows); } // rows per insertion at most
    void setSliceInterval(int milliseconds) { m_interval = qMax(0, milliseconds); } // between insertions
    // Lookups by id, shown instead of the bare id where known: product id -> "+7 916 123-45-67",
    // offering id -> "Business 500" (tariffs and services), bill id -> "B-000005-202610".
    void setServiceUserNumbers(const QHash<QString, QString> &numberOfProduct);
    void setOfferingNames(const QHash<QString, QString> &nameOfOffering);
    void setBillNumbers(const QHash<QString, QString> &numberOfBill);
    qsizetype pending() const { return m_rows.size() - m_shown; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString chargeKindText(domain::ChargeKind kind);

signals:
    void drained(); // every stored line is a row now

private:
    static constexpr qint32 kNone = domain::ItemizationRow::kNone;

    struct Row {
        qint64 idNumber = -1; // the id when it is a plain number, else idText
        qint64 taxExcluded = 0;
        qint64 taxIncluded = 0;
        qint32 idText = kNone; // indexes into m_texts
        qint32 product = kNone;
        qint32 offering = kNone;
        qint32 bill = kNone;
        qint32 name = kNone;    // the line's own name (JSON lines); else domain::chargeName of the offering
        qint32 periodStart = 0; // Julian days; the end is exclusive
        qint32 periodEnd = 0;
        domain::ChargeKind kind = domain::ChargeKind::Tariff;
    };

    // Rows in chunks of 65,536 that never move: one vector of a million rows was copied whole at every
    // growth (on the GUI thread, with twice the memory meanwhile).
    class RowStore {
    public:
        qsizetype size() const { return m_size; }
        const Row &operator[](qsizetype i) const { return m_chunks[size_t(i >> kShift)][size_t(i & kMask)]; }
        void push_back(const Row &row) {
            if ((m_size & kMask) == 0 && size_t(m_size >> kShift) == m_chunks.size()) {
                m_chunks.push_back(std::make_unique<Row[]>(size_t(kMask) + 1));
            }
            m_chunks[size_t(m_size >> kShift)][size_t(m_size & kMask)] = row;
            ++m_size;
        }
        void reserve(qsizetype rows) { m_chunks.reserve(size_t((rows >> kShift) + 1)); }
        void clear() {
            m_chunks.clear();
            m_size = 0;
        }

    private:
        static constexpr int kShift = 16;
        static constexpr qsizetype kMask = (qsizetype(1) << kShift) - 1;
        std::vector<std::unique_ptr<Row[]>> m_chunks;
        qsizetype m_size = 0;
    };

    void scheduleSlices();
    void appendSlice();
    qint32 intern(const QString &text);
    QString text(qint32 index) const { return index >= 0 ? m_texts.at(index) : QString(); }
    QString serviceUserText(const Row &row) const;
    QString nameText(const Row &row) const;
    QString billText(const Row &row) const;
    void columnChanged(Column column);

    RowStore m_rows; // stored lines; the first m_shown are the model's rows
    qsizetype m_shown = 0;
    QStringList m_texts;
    QHash<QString, qint32> m_textIndex;
    QHash<QString, QString> m_numberOfProduct;
    QHash<QString, QString> m_numberFromLines; // product numbers that JSON lines brought
    QHash<QString, QString> m_nameOfOffering;
    QHash<QString, QString> m_numberOfBill;
    QString m_currency;
    QLocale m_locale;
    QTimer m_timer;
    int m_slice = kDefaultSlice;
    int m_interval = kDefaultSliceIntervalMs;
    QElapsedTimer m_sinceSlice; // since the last insertion; invalid before the first
};

} // namespace corpcare::models
