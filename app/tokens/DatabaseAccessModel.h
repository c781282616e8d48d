#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

class TokenTableModel;

// Who can reach each database: every database of the cluster, and any a permission names
// (marked unknown once the cluster's list is known and lacks it), with how many active
// tokens can read and write it, "*" permissions included. Follows the token model; counted
// once per change of the list, per permission set rather than per token.
class DatabaseAccessModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { DatabaseColumn, ReadersColumn, WritersColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, DatabaseRole, UnknownRole };

    struct Entry {
        QString database;
        bool unknown = false; // the cluster's list is known and does not have it
        int readers = 0;
        int writers = 0;
    };

    explicit DatabaseAccessModel(TokenTableModel *tokens, QObject *parent = nullptr);
    // Follows another token model (another connection's).
    void setTokenModel(TokenTableModel *tokens);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const QList<Entry> &entries() const { return m_entries; }
    // The entry for `database`, or nullptr.
    const Entry *entry(const QString &database) const;
    // Every database name, in order: the choices of the database filter.
    QStringList databases() const;

    // Counts from the token model as it is now (a model reset).
    void recount();
    static QList<Entry> count(const TokenTableModel &tokens);

private:
    TokenTableModel *m_tokens = nullptr;
    QList<Entry> m_entries;
    QList<QMetaObject::Connection> m_connections;
};
