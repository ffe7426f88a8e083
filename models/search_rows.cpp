#include "models/search_rows.h"

#include <QHash>

namespace corpcare::models {

int UserRowsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

void UserRowsModel::setUserRows(std::vector<int> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void UserRowsModel::appendUserRows(const std::vector<int> &rows) {
    if (rows.empty()) {
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.insert(m_rows.end(), rows.begin(), rows.end());
    endInsertRows();
}

void UserRowsModel::reorderUserRows(std::vector<int> rows) {
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> userOfPersistent;
    userOfPersistent.reserve(size_t(before.size()));
    for (const QModelIndex &index : before) {
        userOfPersistent.push_back(m_rows[size_t(index.row())]);
    }
    m_rows = std::move(rows);
    QHash<int, int> rowOfUser;
    if (!before.isEmpty()) {
        rowOfUser.reserve(qsizetype(m_rows.size()));
        for (size_t row = 0; row < m_rows.size(); ++row) {
            rowOfUser.insert(m_rows[row], int(row));
        }
    }
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        after.append(index(rowOfUser.value(userOfPersistent[size_t(i)]), before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace corpcare::models
