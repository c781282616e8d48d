#pragma once

#include "HistoryEntry.h"
#include "PendingRotation.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

#include <optional>

// The local record of every change the program asks for: a SQLite database (Qt SQL, QSQLITE)
// in the application's data folder, one row per request. A row is written and committed
// before its request is sent, and completed with the outcome after, so that a crash or a
// request never answered still leaves a row that says so.
//
// Writes run on the calling (window's) thread, synchronously. The request must not leave
// before its row is committed, so a writer thread would only move the wait, not remove it;
// and one commit costs well under a millisecond (WAL, synchronous=NORMAL: tst_ChangeHistory
// prints the figure), far below what a user or the window's frame budget notices.
// synchronous=NORMAL keeps every commit through a crash or SIGKILL of the program; only a
// power loss may take the last commits. FULL would keep those too, at one disk flush per
// commit: measured on the development machine at about 5 ms per request and up to 60 ms at
// worst, beyond the window's 50 ms budget for a stall, against well under 1 ms for NORMAL.
class ChangeHistory : public QObject {
    Q_OBJECT

public:
    // Ready: rows are written. Unavailable: the database cannot be opened or written, and
    // changes are refused. WithoutHistory: the user chose to go on without it for this run.
    enum class State { Closed, Ready, Unavailable, WithoutHistory };
    static constexpr int SchemaVersion = 3;

    explicit ChangeHistory(QObject *parent = nullptr);
    ~ChangeHistory() override;

    // history.sqlite in QStandardPaths::AppDataLocation.
    static QString defaultPath();

    // Opens the database at `path`, creating it or migrating an older schema. A corrupt file
    // is renamed aside (movedAsideTo()) and a new database started in its place. Returns
    // false, and state() is Unavailable with problem() saying why, when it cannot be used.
    bool open(const QString &path);

    State state() const { return m_state; }
    QString path() const { return m_path; }
    // Why the history cannot be used, in one sentence; empty when it can.
    QString problem() const { return m_problem; }
    // Where a corrupt database was moved by open(); empty when none was.
    QString movedAsideTo() const { return m_movedAsideTo; }
    // Whether a change may be sent: rows are written, or the user chose to go on without.
    bool allowsChanges() const {
        return m_state == State::Ready || m_state == State::WithoutHistory;
    }
    // For this run only: changes are sent without rows. The next start tries again.
    void continueWithoutHistory();

    // The Qt SQL connection's name, for models that read the rows on this thread.
    QString connectionName() const { return m_connectionName; }

    // Writes `entry` as a pending row and commits it; sets entry->id and requestedAt. Without
    // history (by choice) writes nothing, sets id 0 and returns true. Returns false when the
    // row could not be written: the change must not be sent.
    bool recordRequest(HistoryEntry *entry);
    // Writes the outcome (and the token ID, description and permissions the server answered
    // with) into row entry.id. A failure here turns the history Unavailable for what follows;
    // the row stays pending and reads as Unknown from the next start.
    bool recordOutcome(const HistoryEntry &entry);

    // Rows, newest first; of one token when tokenId is not empty.
    QList<HistoryEntry> entries(const QString &tokenId = {}) const;
    // The tokens of the connection `where` names (its product, account and cluster, or host)
    // whose latest change that took effect, or may have, is a Disable: each with the
    // permissions it had before. A confirmed (or unanswered) Disable puts a token in; a later
    // confirmed Re-enable, edit, revoke or rotation takes it out; failed rows change nothing.
    QHash<QString, QList<Permission>> disabledTokens(const HistoryEntry &where) const;

    // Rows recorded before `utc`, and deleting them: the only deletion there is.
    int countOlderThan(const QDateTime &utc) const;
    bool clearOlderThan(const QDateTime &utc, int *removed = nullptr);

    // Rotations: a new token confirmed, its old one still to be revoked. Recorded when the
    // server confirms the new token, finished when the old one is revoked.
    bool recordPendingRotation(const PendingRotation &rotation);
    QList<PendingRotation> pendingRotations() const;
    std::optional<PendingRotation> pendingRotationOf(const QString &oldTokenId) const;
    bool finishPendingRotation(const QString &oldTokenId);

Q_SIGNALS:
    // Rows were added, completed or cleared.
    void changed();
    // The history could not be written any more; said once, when it happens.
    void becameUnavailable(const QString &problem);

private:
    bool openFile(bool *corrupt);
    bool migrate(int from);
    bool moveAside();
    void close();
    void fail(const QString &problem);

    State m_state = State::Closed;
    QString m_path;
    QString m_problem;
    QString m_movedAsideTo;
    QString m_connectionName;
};
