#include "CarefulFilterModel.h"

#include "CarefulTokenModel.h"
#include "TokenStatus.h"
#include "TokenTableModel.h"

namespace {

// Tokens that never expire sort after every date, as "Never" reads.
int compareDates(const QDateTime &left, const QDateTime &right) {
    if (left.isValid() != right.isValid())
        return left.isValid() ? -1 : 1;
    return left < right ? -1 : (right < left ? 1 : 0);
}

} // namespace

CarefulFilterModel::CarefulFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void CarefulFilterModel::setTokenModel(CarefulTokenModel *model) {
    m_tokens = model;
    setSourceModel(model);
}

void CarefulFilterModel::setFilterText(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool CarefulFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const {
    if (m_text.isEmpty())
        return true;
    const Token &token = m_tokens->tokenAt(sourceRow);
    return token.description.contains(m_text, Qt::CaseInsensitive) ||
           token.id.contains(m_text, Qt::CaseInsensitive);
}

bool CarefulFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    const Token &a = m_tokens->tokenAt(left.row());
    const Token &b = m_tokens->tokenAt(right.row());
    int order = 0;
    switch (left.column()) {
    case TokenTableModel::StatusColumn:
        order = int(tokenStatus(a, m_tokens->now())) - int(tokenStatus(b, m_tokens->now()));
        break;
    case TokenTableModel::DescriptionColumn:
        order = a.description.compare(b.description, Qt::CaseInsensitive);
        break;
    case TokenTableModel::DatabasesColumn:
        order = databasesSummary(a.permissions)
                    .compare(databasesSummary(b.permissions), Qt::CaseInsensitive);
        break;
    case TokenTableModel::CreatedColumn:
        order = compareDates(a.createdAt, b.createdAt);
        break;
    case TokenTableModel::ExpiresColumn:
        order = compareDates(a.expiresAt, b.expiresAt);
        break;
    default:
        break;
    }
    // Equal keys fall back to the token ID, so the order never depends on the server's.
    return order != 0 ? order < 0 : a.id < b.id;
}
