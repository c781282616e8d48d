#include "TokenTableModel.h"

#include "CodePointOrder.h"
#include "DisplayText.h"
#include "Rfc3339.h"

#include <QIcon>
#include <QLocale>

#include <algorithm>

TokenTableModel::TokenTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_now(QDateTime::currentDateTimeUtc()) {
    m_statusIcons[size_t(TokenStatus::Active)] = QIcon(QStringLiteral(":/icons/status-active.svg"));
    m_statusIcons[size_t(TokenStatus::Expired)] =
        QIcon(QStringLiteral(":/icons/status-expired.svg"));
    m_statusIcons[size_t(TokenStatus::Revoked)] =
        QIcon(QStringLiteral(":/icons/status-revoked.svg"));
}

int TokenTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_tokens.size());
}

int TokenTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString TokenTableModel::displayDateTime(const QDateTime &dateTime) {
    if (!dateTime.isValid())
        return tr("Never");
    return dateTime.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QVariant TokenTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Token &token = m_tokens.at(index.row());
    if (role == TokenIdRole)
        return token.id;
    if (role == StatusRole)
        return int(tokenStatus(token, m_now));

    switch (index.column()) {
    case StatusColumn: {
        const TokenStatus status = tokenStatus(token, m_now);
        if (role == Qt::DisplayRole)
            return tokenStatusText(status);
        if (role == SortRole)
            return int(status);
        if (role == Qt::DecorationRole)
            return m_statusIcons[size_t(status)];
        break;
    }
    case DescriptionColumn:
        if (role == Qt::DisplayRole)
            return DisplayText::singleLine(token.description);
        if (role == SortRole)
            return token.description;
        if (role == Qt::ToolTipRole)
            return DisplayText::plainToolTip(token.description);
        break;
    case IdColumn:
        if (role == Qt::DisplayRole)
            return DisplayText::singleLine(token.id);
        if (role == SortRole)
            return token.id;
        if (role == Qt::ToolTipRole)
            return DisplayText::plainToolTip(token.id);
        break;
    case DatabasesColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return databasesSummary(token);
        if (role == Qt::ToolTipRole) {
            QStringList names;
            for (const QString &resource : tokenDatabases(token))
                names.append(databaseDisplayName(resource));
            return DisplayText::plainToolTip(names.join(QLatin1Char('\n')));
        }
        break;
    case CreatedColumn:
        if (role == Qt::DisplayRole)
            return displayDateTime(token.createdAt);
        if (role == SortRole)
            return token.createdAt;
        if (role == Qt::ToolTipRole)
            return formatRfc3339(token.createdAt);
        break;
    case ExpiresColumn:
        if (role == Qt::DisplayRole)
            return displayDateTime(token.expiresAt);
        if (role == SortRole) // "Never" sorts after every date
            return token.expires() ? token.expiresAt
                                   : QDateTime(QDate(9999, 12, 31), QTime(0, 0), Qt::UTC);
        if (role == Qt::ToolTipRole)
            return token.expires() ? formatRfc3339(token.expiresAt) : tr("Does not expire");
        break;
    case OptionsColumn:
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return tr("Options for %1").arg(DisplayText::isolated(token.description));
        if (role == SortRole)
            return token.id;
        break;
    default:
        break;
    }
    return {};
}

QVariant TokenTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal ||
        (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case DescriptionColumn:
        return tr("Description");
    case IdColumn:
        return tr("Token ID");
    case DatabasesColumn:
        return tr("Databases");
    case CreatedColumn:
        return tr("Created At");
    case ExpiresColumn:
        return tr("Expires At");
    case OptionsColumn:
        return role == Qt::AccessibleTextRole ? tr("Options") : QString();
    default:
        return {};
    }
}

void TokenTableModel::setTokens(QList<Token> tokens, const QDateTime &now) {
    beginResetModel();
    m_tokens = std::move(tokens);
    m_now = now;
    rebuildIdOrder();
    endResetModel();
}

void TokenTableModel::rebuildIdOrder() {
    std::vector<QStringView> ids(size_t(m_tokens.size()));
    for (size_t row = 0; row < ids.size(); ++row)
        ids[row] = m_tokens.at(qsizetype(row)).id;
    m_idOrder = codePointOrder(ids);
}

int TokenTableModel::rowOf(const QString &id) const {
    // The first row past every ID <= id; the one before it holds id, if any row does.
    const auto after = std::upper_bound(
        m_idOrder.begin(), m_idOrder.end(), id,
        [this](const QString &wanted, int row) { return wanted < m_tokens.at(row).id; });
    if (after == m_idOrder.begin() || m_tokens.at(*std::prev(after)).id != id)
        return -1;
    return *std::prev(after);
}

void TokenTableModel::updateToken(const Token &token) {
    const int row = rowOf(token.id);
    if (row < 0) {
        const int newRow = int(m_tokens.size());
        beginInsertRows({}, newRow, newRow);
        m_tokens.append(token);
        const auto at =
            std::upper_bound(m_idOrder.begin(), m_idOrder.end(), newRow, [this](int a, int b) {
                return m_tokens.at(a).id < m_tokens.at(b).id ||
                       (m_tokens.at(a).id == m_tokens.at(b).id && a < b);
            });
        m_idOrder.insert(at, newRow);
        endInsertRows();
        return;
    }
    m_tokens[row] = token;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool TokenTableModel::removeToken(const QString &id) {
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_tokens.removeAt(row);
    // The ID index loses that row; the rows after it move up by one.
    m_idOrder.erase(std::find(m_idOrder.begin(), m_idOrder.end(), row));
    for (int &other : m_idOrder)
        if (other > row)
            --other;
    endRemoveRows();
    return true;
}

const Token *TokenTableModel::tokenById(const QString &id) const {
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_tokens.at(row);
}
