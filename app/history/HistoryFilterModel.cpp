#include "HistoryFilterModel.h"

#include "HistoryQueryModel.h"

#include <QDateTime>

HistoryFilterModel::HistoryFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(Qt::EditRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void HistoryFilterModel::setSearchText(const QString &text) {
    m_search = text.trimmed();
    invalidateRowsFilter();
}

void HistoryFilterModel::setConnectionName(const QString &name) {
    m_connection = name;
    invalidateRowsFilter();
}

void HistoryFilterModel::setTokenId(const QString &text) {
    m_tokenId = text.trimmed();
    invalidateRowsFilter();
}

void HistoryFilterModel::setOperation(const QString &name) {
    m_operation = name;
    invalidateRowsFilter();
}

void HistoryFilterModel::setOutcome(const QString &name) {
    m_outcome = name;
    invalidateRowsFilter();
}

void HistoryFilterModel::setDateRange(const QDate &from, const QDate &to) {
    m_from = from;
    m_to = to;
    invalidateRowsFilter();
}

QString HistoryFilterModel::raw(int sourceRow, int column, const QModelIndex &parent) const {
    return sourceModel()->index(sourceRow, column, parent).data(Qt::EditRole).toString();
}

bool HistoryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    using Column = HistoryQueryModel::Column;
    if (!m_connection.isEmpty() && raw(sourceRow, Column::Connection, sourceParent) != m_connection)
        return false;
    if (!m_tokenId.isEmpty() &&
        !raw(sourceRow, Column::TokenId, sourceParent).contains(m_tokenId, Qt::CaseInsensitive))
        return false;
    if (!m_operation.isEmpty() && raw(sourceRow, Column::Operation, sourceParent) != m_operation)
        return false;
    if (!m_outcome.isEmpty() && raw(sourceRow, Column::Outcome, sourceParent) != m_outcome)
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        const QDate day =
            QDateTime::fromString(raw(sourceRow, Column::Time, sourceParent), Qt::ISODateWithMs)
                .toLocalTime()
                .date();
        if ((m_from.isValid() && day < m_from) || (m_to.isValid() && day > m_to))
            return false;
    }
    if (m_search.isEmpty())
        return true;
    // What the row shows, and its raw values (an operation's name, the permissions' JSON).
    for (int column = 0; column < HistoryQueryModel::ColumnCount; ++column) {
        const QModelIndex index = sourceModel()->index(sourceRow, column, sourceParent);
        if (index.data(Qt::DisplayRole).toString().contains(m_search, Qt::CaseInsensitive) ||
            index.data(Qt::EditRole).toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
