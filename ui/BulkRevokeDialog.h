#pragma once

#include "BulkRevoke.h"
#include "Token.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class TokenSession;

// "Revoke N tokens": the tokens a selection holds, listed one by one, confirmed as a single
// revoke is (and, on a production connection, by typing their number), then revoked by a
// BulkRevoke with a progress bar and Stop. At the end each row says how its token ended, and
// Retry failed sends again only those that definitely failed. Holds copies of the tokens, so
// nothing behind it changes what it revokes. Opened with open().
class BulkRevokeDialog : public QDialog {
    Q_OBJECT

public:
    BulkRevokeDialog(TokenSession *session, const QList<Token> &tokens, QWidget *parent = nullptr);

    // The result column's item data role holding the row's BulkRevoke::State (as int).
    static constexpr int StateRole = Qt::UserRole + 1;
    enum Column { DescriptionColumn, IdColumn, DatabasesColumn, ExpiresColumn, ResultColumn };

    BulkRevoke *runner() const { return m_runner; }
    bool requiresTypedConfirmation() const { return m_confirmField != nullptr; }

public Q_SLOTS:
    // Ignored while requests are on their way, so that the dialog is there to say how they
    // ended; Stop sends no more.
    void reject() override;

private:
    void startRevoke();
    void updateState();
    void showItem(int index);
    void showProgress(int answered, int roundSize);
    void onFinished();
    QString resultText(const BulkRevoke::Item &item) const;

    QPointer<TokenSession> m_session;
    BulkRevoke *m_runner;
    QLabel *m_heading;
    QTreeWidget *m_list;
    QCheckBox *m_risk;
    QLineEdit *m_confirmField = nullptr;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QPushButton *m_retryButton;
    QPushButton *m_stopButton;
    QPushButton *m_cancelButton;
    QPushButton *m_revokeButton;
};
