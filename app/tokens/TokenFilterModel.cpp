#include "TokenFilterModel.h"

#include "TokenFilter.h"
#include "TokenTableModel.h"

#include <QDateTime>

TokenFilterModel::TokenFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(TokenTableModel::SortRole);
    setDynamicSortFilter(true);
}

void TokenFilterModel::setSourceModel(QAbstractItemModel *model) {
    m_tokens = qobject_cast<TokenTableModel *>(model);
    Q_ASSERT(m_tokens || !model);
    QSortFilterProxyModel::setSourceModel(model);
}

void TokenFilterModel::setFilterText(const QString &text) {
    if (text == m_text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

void TokenFilterModel::setShowInactive(bool show) {
    if (show == m_showInactive)
        return;
    m_showInactive = show;
    invalidateRowsFilter();
}

bool TokenFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const {
    return TokenFilter::matchesStatus(m_tokens->statusAt(sourceRow), m_showInactive) &&
           TokenFilter::matchesText(m_tokens->tokenAt(sourceRow), m_text);
}

bool TokenFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    int order = 0;
    if (a.userType() == QMetaType::QDateTime)
        order = a.toDateTime() < b.toDateTime() ? -1 : (b.toDateTime() < a.toDateTime() ? 1 : 0);
    else if (a.userType() == QMetaType::Int)
        order = a.toInt() - b.toInt();
    else
        order = QString::localeAwareCompare(a.toString(), b.toString());
    if (order != 0)
        return order < 0;
    return m_tokens->tokenAt(left.row()).id < m_tokens->tokenAt(right.row()).id;
}
