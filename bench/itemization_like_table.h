#pragma once

// Lines as an itemization has them (bill, number, user, charge, period, amounts, quantity), computed on
// request as a model serves them, so that the table itself costs no memory: the input of the export
// and print benchmarks.
#include "domain/money.h"
#include "export/table_source.h"

#include <QDate>
#include <QStringList>

namespace corpcare::bench {

class ItemizationLikeTable final : public exports::TableSource {
public:
    enum Column { Bill, Number, User, Charge, PeriodStart, Amount, WithTax, Quantity };

    explicit ItemizationLikeTable(qsizetype rows) : m_rows(rows) {}

    QList<exports::ExportColumn> columns() const override {
        using exports::CellKind;
        return {{QStringLiteral("Bill"), CellKind::Text, {}},
                {QStringLiteral("Number"), CellKind::Text, {}},
                {QStringLiteral("User"), CellKind::Text, {}},
                {QStringLiteral("Charge"), CellKind::Text, {}},
                {QStringLiteral("Period start"), CellKind::Date, {}},
                {QStringLiteral("Amount"), CellKind::Money, QStringLiteral("RUB")},
                {QStringLiteral("With tax"), CellKind::Money, QStringLiteral("RUB")},
                {QStringLiteral("Quantity"), CellKind::Integer, {}}};
    }
    qsizetype rowCount() const override { return m_rows; }
    QVariant value(qsizetype row, int column) const override {
        switch (Column(column)) {
        case Bill:
            return QStringLiteral("B-000005-202610");
        case Number:
            return QStringLiteral("+7 916 %1").arg(row % 10000000, 7, 10, QLatin1Char('0'));
        case User:
            return m_names[row % 4];
        case Charge:
            return m_charges[row % 5];
        case PeriodStart:
            return QDate(2026, 10, 1);
        case Amount:
            return amount(row);
        case WithTax:
            return amount(row) + domain::Money(amount(row), {}).taxAtBasisPoints(2000).minor();
        case Quantity:
            break;
        }
        return qint64(row % 300);
    }
    // The sum of a money column, exact, for the totals a printed report shows.
    domain::Money total(Column column) const {
        qint64 sum = 0;
        for (qsizetype row = 0; row < m_rows; ++row) {
            sum += value(row, column).toLongLong();
        }
        return {sum, QStringLiteral("RUB")};
    }

private:
    static qint64 amount(qsizetype row) { return qint64(row) * 7919 % 500000; }

    qsizetype m_rows;
    QStringList m_names{QStringLiteral("Anna Ivanova"), QStringLiteral("Oleg Petrov"), QStringLiteral("Иван Орлов"),
                        QStringLiteral("Maria Smirnova")};
    QStringList m_charges{QStringLiteral("Monthly fee: Business 500"), QStringLiteral("Calls"), QStringLiteral("SMS"),
                          QStringLiteral("Mobile data"), QStringLiteral("International Roaming")};
};

} // namespace corpcare::bench
