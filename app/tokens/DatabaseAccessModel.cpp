#include "DatabaseAccessModel.h"

#include "DisplayText.h"
#include "TokenTableModel.h"

#include <QHash>
#include <QSet>

#include <algorithm>

DatabaseAccessModel::DatabaseAccessModel(TokenTableModel *tokens, QObject *parent)
    : QAbstractTableModel(parent) {
    setTokenModel(tokens);
}

void DatabaseAccessModel::setTokenModel(TokenTableModel *tokens) {
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_tokens = tokens;
    // Any change of the list: one token or all of them, they cost the same few milliseconds.
    m_connections = {
        connect(tokens, &QAbstractItemModel::modelReset, this, &DatabaseAccessModel::recount),
        connect(tokens, &QAbstractItemModel::rowsInserted, this, &DatabaseAccessModel::recount),
        connect(tokens, &QAbstractItemModel::rowsRemoved, this, &DatabaseAccessModel::recount),
        connect(tokens, &QAbstractItemModel::dataChanged, this, &DatabaseAccessModel::recount)};
    recount();
}

QList<DatabaseAccessModel::Entry> DatabaseAccessModel::count(const TokenTableModel &tokens) {
    const TokenStore &store = tokens.store();
    std::vector<int> activeInSet(size_t(store.permissionSetCount()), 0);
    for (int row = 0; row < int(store.size()); ++row) {
        if (isActive(tokens.statusAt(row)))
            ++activeInSet[size_t(store.permissionSet(row))];
    }
    struct Counts {
        int readers = 0;
        int writers = 0;
    };
    Counts everywhere; // through "*"
    QHash<QString, Counts> named;
    for (int set = 0; set < store.permissionSetCount(); ++set) {
        const QList<Permission> &permissions = store.permissionsOfSet(set);
        const int active = activeInSet[size_t(set)];
        bool readsAll = false;
        bool writesAll = false;
        for (const Permission &permission : permissions) {
            if (permission.resource == PermissionNames::AllDatabases) {
                readsAll = readsAll || permission.action == PermissionNames::Read;
                writesAll = writesAll || permission.action == PermissionNames::Write;
            }
        }
        everywhere.readers += readsAll ? active : 0;
        everywhere.writers += writesAll ? active : 0;
        // Each database once per set, and not again where "*" already counted the token.
        QSet<QString> reads;
        QSet<QString> writes;
        for (const Permission &permission : permissions) {
            if (permission.resource == PermissionNames::AllDatabases)
                continue;
            Counts &counts = named[permission.resource]; // named, even by inactive tokens
            if (!readsAll && permission.action == PermissionNames::Read &&
                !reads.contains(permission.resource)) {
                reads.insert(permission.resource);
                counts.readers += active;
            }
            if (!writesAll && permission.action == PermissionNames::Write &&
                !writes.contains(permission.resource)) {
                writes.insert(permission.resource);
                counts.writers += active;
            }
        }
    }
    const auto &known = tokens.knownDatabases();
    if (known) {
        for (const QString &database : *known)
            named.insert(database, named.value(database));
    }
    QList<Entry> entries;
    entries.reserve(named.size());
    for (auto it = named.cbegin(); it != named.cend(); ++it)
        entries.append({it.key(), known && !known->contains(it.key()),
                        everywhere.readers + it->readers, everywhere.writers + it->writers});
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return QString::localeAwareCompare(a.database, b.database) < 0;
    });
    return entries;
}

void DatabaseAccessModel::recount() {
    beginResetModel();
    m_entries = count(*m_tokens);
    endResetModel();
}

const DatabaseAccessModel::Entry *DatabaseAccessModel::entry(const QString &database) const {
    for (const Entry &entry : m_entries) {
        if (entry.database == database)
            return &entry;
    }
    return nullptr;
}

QStringList DatabaseAccessModel::databases() const {
    QStringList names;
    names.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        names.append(entry.database);
    return names;
}

int DatabaseAccessModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DatabaseAccessModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DatabaseAccessModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    if (role == DatabaseRole)
        return entry.database;
    if (role == UnknownRole)
        return entry.unknown;
    switch (index.column()) {
    case DatabaseColumn:
        if (role == Qt::DisplayRole)
            return entry.unknown ? tr("%1 (unknown)").arg(DisplayText::singleLine(entry.database))
                                 : DisplayText::singleLine(entry.database);
        if (role == SortRole)
            return entry.database;
        if (role == Qt::ToolTipRole && entry.unknown)
            return tr("The cluster has no database of this name, yet a token names it: a new "
                      "database with this name would become reachable with that token.");
        break;
    case ReadersColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return entry.readers;
        if (role == Qt::ToolTipRole)
            return tr("%Ln active token(s) can read %1", nullptr, entry.readers)
                .arg(DisplayText::isolated(entry.database));
        break;
    case WritersColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return entry.writers;
        if (role == Qt::ToolTipRole)
            return tr("%Ln active token(s) can write %1", nullptr, entry.writers)
                .arg(DisplayText::isolated(entry.database));
        break;
    default:
        break;
    }
    if (role == Qt::TextAlignmentRole && index.column() != DatabaseColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant DatabaseAccessModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DatabaseColumn:
        return tr("Database");
    case ReadersColumn:
        return tr("Can read");
    case WritersColumn:
        return tr("Can write");
    default:
        return {};
    }
}
