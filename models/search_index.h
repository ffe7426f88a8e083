#pragma once

#include "domain/search.h"
#include "models/company_data.h"
#include "models/search_bits.h"

#include <QHash>
#include <QObject>

#include <array>
#include <vector>

namespace corpcare::models {

class ThresholdsData;

// The client-side index that answers a UserSearch over every loaded line in milliseconds (issue 5:
// 100 ms for 100,000 users). Built as pages of users append: one bit set per tariff, service,
// department, account and status; charges as minor units; the number and name of all users as one
// lower-case text searched in one pass. A search ORs the bit sets of each list, ANDs the lists, then
// checks threshold states, charges and text. Its answer is the same as domain::SearchMatcher's row by
// row (tests/models/tst_search_models compares them on random searches).
class SearchIndex : public QObject {
    Q_OBJECT
public:
    // `thresholds` may be null: then every line's threshold state is Unknown.
    SearchIndex(const CompanyData *data, const ThresholdsData *thresholds, QObject *parent = nullptr);

    // Indexes into CompanyData::serviceUsers() of the lines that match, ascending (the load order).
    std::vector<int> run(const domain::UserSearch &search) const;
    int userCount() const { return m_userCount; }

    // The searched departments with all their subdepartments (what the reference matcher is given).
    QStringList departmentsWithSubtrees(const QStringList &departmentIds) const;

signals:
    // The lines or their threshold states changed: a shown result may be out of date.
    void changed();

private:
    void addUsers(int first, int count);
    // The bit sets and charges of one line (its text is laid out by addUsers).
    void setBits(int index);
    void updateUsers(const QList<int> &indexes);
    void clearIndex();
    SearchBits unionOf(const QHash<QString, SearchBits> &sets, const QStringList &keys) const;
    // The lines among `candidates` whose text holds the search text.
    SearchBits textMatches(const domain::SearchText &text, const SearchBits &candidates) const;

    const CompanyData *m_data;
    const ThresholdsData *m_thresholds;
    int m_userCount = 0;
    QHash<QString, SearchBits> m_byTariff;
    QHash<QString, SearchBits> m_byService;
    QHash<QString, SearchBits> m_byDepartment;
    QHash<QString, SearchBits> m_byAccount;
    std::array<SearchBits, 3> m_byStatus; // by domain::ProductStatus
    SearchBits m_chargesKnown;
    QHash<QString, SearchBits> m_byCurrency; // of the charges
    std::vector<qint64> m_chargesMinor;
    // Every user's SearchText::haystackOf, one after another, each followed by a '\0'; m_textStart[i] is
    // where user i's begins (and m_textStart[count] the end).
    QString m_text;
    std::vector<qsizetype> m_textStart;
    QString m_digits; // every user's msisdn, the same way
    std::vector<qsizetype> m_digitsStart;
};

} // namespace corpcare::models
