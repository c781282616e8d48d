#pragma once

#include "Token.h"
#include "TokenFlags.h"
#include "TokenStatus.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QToolButton;

// Every field of one token, beside the table; follows the selection and is refilled from
// the model after each refresh, so it never shows a stale token.
class TokenDetailsPanel : public QWidget {
    Q_OBJECT

public:
    explicit TokenDetailsPanel(QWidget *parent = nullptr);

    // nullptr clears the panel. The status and flags are the list's, judged as it judges them.
    void showToken(const Token *token, TokenStatus status, TokenFlags flags);
    // Why tokens naming a database the cluster lacks cannot be flagged now, or empty.
    void setFlagsNote(const QString &note);
    QString tokenId() const { return m_tokenId; }
    // Puts the keyboard focus on the token ID, selected, so it shows where focus went.
    void focusId();
    // "Replaced by … on …; revoke pending" and the button that finishes the rotation, for the
    // token shown; an empty text hides both.
    void showPendingRotation(const QString &text);

Q_SIGNALS:
    void copyIdRequested(const QString &tokenId);
    // A database of the token was clicked or activated: show who else can reach it.
    void databaseChosen(const QString &database);
    // "Revoke the old token…" of a pending rotation.
    void finishRotationRequested(const QString &tokenId);

private:
    void openDatabase(int row, int column);
    QLabel *addField(class QFormLayout *form, const QString &label, const QString &objectName);

    QString m_tokenId;
    QLabel *m_placeholder;
    QWidget *m_fields;
    QLabel *m_status;
    QLabel *m_description;
    QLabel *m_id;
    QToolButton *m_copyId;
    QLabel *m_created;
    QLabel *m_expires;
    QLabel *m_revoked;
    QTableWidget *m_permissions;
    QLabel *m_flags;
    QLabel *m_rotation;
    QPushButton *m_finishRotation;
    QString m_flagsNote;
};
