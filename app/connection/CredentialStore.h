#pragma once

#include <QObject>
#include <QString>

#include <functional>

// Management tokens in the desktop's keychain (Secret Service, KWallet, macOS Keychain,
// Windows Credential Manager) through QtKeychain, one entry per connection. Asynchronous:
// each callback runs once, later, unless `context` died first. There is no plaintext
// fallback: without a keychain the caller keeps the token in memory for this run only.
class CredentialStore : public QObject {
    Q_OBJECT

public:
    struct Result {
        enum class Status {
            Ok,
            NotFound,   // read or delete: there is no entry for this connection
            NoKeychain, // no keychain service on this desktop
            Failed,     // the keychain refused or failed; see message
        };
        Status status = Status::Ok;
        QString token;   // read only
        QString message; // the keychain's own words, when not Ok

        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    explicit CredentialStore(QObject *parent = nullptr);
    // `service` names the keychain entries' owner; tests use their own.
    explicit CredentialStore(const QString &service, QObject *parent = nullptr);

    QString service() const { return m_service; }

    void read(const QString &connectionId, QObject *context, Callback done);
    void write(const QString &connectionId, const QString &token, QObject *context, Callback done);
    void remove(const QString &connectionId, QObject *context, Callback done);

    // One sentence for the user about a failed result.
    static QString describe(const Result &result);

private:
    QString m_service;
};
