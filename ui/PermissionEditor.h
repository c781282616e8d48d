#pragma once

#include "Permission.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QToolButton;
class QVBoxLayout;
class TokenSession;

// The permission rows of the create and edit dialogs: a database (or all of them), Read and
// Write, a remove button per row, and "+ Add permission". Says which row is wrong and why.
// A row with no database chosen is not a permission: it is neither sent nor an error.
class PermissionEditor : public QWidget {
    Q_OBJECT

public:
    static constexpr int MaxDatabaseNameLength = 64;

    explicit PermissionEditor(QWidget *parent = nullptr);

    // Fills the database choices from the cluster, or says why it could not.
    void loadDatabases(TokenSession *session);
    // The names offered in every row's database choice, after "All databases".
    void setDatabases(const QStringList &names);
    // The list could not be fetched: say so; names can still be typed.
    void setDatabasesUnavailable(const QString &reason);
    // Read and write become rows; any other action is kept untouched, listed read-only.
    void setPermissions(const QList<Permission> &permissions);
    // A row to fill in, Read ticked, as "+ Add permission" adds and the portal starts with.
    void addBlankRow();
    // True when no permission would be sent: no row names a database, and none is kept.
    bool isEmpty() const { return permissions().isEmpty(); }
    // Whether the editor itself says that a token without permissions can do nothing (a
    // dialog that asks for a confirmation instead turns it off).
    void setNoPermissionsNoteShown(bool shown);
    // One entry per (action, resource), as the API wants them: the rows', then the kept ones.
    QList<Permission> permissions() const;
    // The permissions with actions other than read and write, kept as the server sent them.
    QList<Permission> keptPermissions() const { return m_kept; }
    // False with the first problem when a row is incomplete or repeats a database.
    bool validate(QString *problem) const;
    int rowCount() const { return int(m_rows.size()); }
    // Puts the focus in the first row's database; false when there is no row.
    bool focusFirstRow();

Q_SIGNALS:
    void changed();

private:
    struct Row {
        QWidget *container;
        QComboBox *database;
        QCheckBox *read;
        QCheckBox *write;
        QToolButton *remove;
        QLabel *problem;
    };

    void addRow(const QString &resource, bool read, bool write);
    // Tab reaches a row where it is seen: after the rows above it, before "+ Add permission".
    void placeInTabOrder(const Row &row);
    void removeRow(QWidget *container);
    void fillChoices(QComboBox *combo) const;
    QString resourceOf(const Row &row) const;
    QString rowProblem(int index) const;
    // After any change: each row's problem, numbers in accessible names, the empty-set note.
    void refreshRows();

    QList<Row> m_rows;
    QStringList m_databases;
    QVBoxLayout *m_rowsLayout;
    QPushButton *m_add;
    QLabel *m_note;
    QLabel *m_keptNote;
    QLabel *m_noPermissions;
    QList<Permission> m_kept;
    bool m_showNoPermissionsNote = true;
};
