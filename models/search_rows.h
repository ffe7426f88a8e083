#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QString>

#include <algorithm>
#include <vector>

namespace corpcare::models {

// The rows of the search tables are users (indexes into CompanyData::serviceUsers()). Sorting
// computes each row's key once, then sorts the keys: ties keep the load order in both directions, so
// a descending sort is not simply the reverse.
template <typename Key>
std::vector<int> sortedRows(const std::vector<int> &rows, const std::vector<Key> &keys, Qt::SortOrder order) {
    std::vector<int> positions(rows.size());
    for (size_t i = 0; i < positions.size(); ++i) {
        positions[i] = int(i);
    }
    std::stable_sort(positions.begin(), positions.end(), [&](int a, int b) {
        return order == Qt::AscendingOrder ? keys[size_t(a)] < keys[size_t(b)] : keys[size_t(b)] < keys[size_t(a)];
    });
    std::vector<int> out;
    out.reserve(rows.size());
    for (int position : positions) {
        out.push_back(rows[size_t(position)]);
    }
    return out;
}

// Texts sort case-insensitively through their ranks: 100,000 rows hold a few hundred distinct names,
// tariffs or departments, and sorting those then integers is much cheaper than comparing the strings.
template <>
inline std::vector<int> sortedRows(const std::vector<int> &rows, const std::vector<QString> &keys,
                                   Qt::SortOrder order) {
    QHash<QString, int> idOfText;
    std::vector<QString> texts;
    std::vector<int> ids;
    ids.reserve(keys.size());
    for (const QString &key : keys) {
        auto it = idOfText.constFind(key);
        if (it == idOfText.constEnd()) {
            it = idOfText.insert(key, int(texts.size()));
            texts.push_back(key);
        }
        ids.push_back(*it);
    }
    std::vector<int> byText(texts.size());
    for (size_t i = 0; i < byText.size(); ++i) {
        byText[i] = int(i);
    }
    std::sort(byText.begin(), byText.end(), [&texts](int a, int b) {
        const int byCase = QString::compare(texts[size_t(a)], texts[size_t(b)], Qt::CaseInsensitive);
        return byCase != 0 ? byCase < 0 : texts[size_t(a)] < texts[size_t(b)];
    });
    std::vector<int> rankOfText(texts.size());
    for (size_t rank = 0; rank < byText.size(); ++rank) {
        rankOfText[size_t(byText[rank])] = int(rank);
    }
    std::vector<int> ranks;
    ranks.reserve(ids.size());
    for (int id : ids) {
        ranks.push_back(rankOfText[size_t(id)]);
    }
    return sortedRows(rows, ranks, order);
}

// A table whose rows are users: the search results and the over-threshold list. It owns the row
// order; subclasses say what the columns show and how a column sorts.
class UserRowsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int userIndexAt(int row) const { return m_rows[size_t(row)]; }
    const std::vector<int> &userRows() const { return m_rows; }

protected:
    // New rows: a reset (the selection goes with it).
    void setUserRows(std::vector<int> rows);
    // The same users in another order: persistent indexes (the selection) stay on their users.
    void reorderUserRows(std::vector<int> rows);
    // Rows added at the end (an insert, not a reset).
    void appendUserRows(const std::vector<int> &rows);

private:
    std::vector<int> m_rows;
};

} // namespace corpcare::models
