#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>

// The sandbox's --oauth-introspect: Bearer tokens are asked about at an OAuth 2.0 token
// introspection endpoint (RFC 7662), with the sandbox's own client credentials, and accepted
// while it says they are active: the way a cluster accepts its identity provider's sessions.
// Asking is asynchronous (the sandbox's thread never waits on the provider): the request waits,
// unanswered, until the provider's answer is known; that answer is then kept for a few seconds,
// so a token the provider revokes is refused soon after.
class SandboxTokenIntrospection : public QObject {
    Q_OBJECT

public:
    static constexpr std::chrono::seconds KeepAnswerFor{3};

    SandboxTokenIntrospection(QUrl introspectionUrl, QString clientId, QString clientSecret,
                              bool oauthOnly, QObject *parent = nullptr);

    // True when the provider must be asked before this Authorization header can be judged: a
    // Bearer token that is not the management token (or --oauth-only is given) and whose
    // answer is not known now.
    bool mustAsk(const QByteArray &authorization, bool isManagementToken) const;
    // Asks the provider about the header's token; `done` runs once the answer is known (or
    // the provider failed, which counts as not active), unless `context` died first.
    void ask(const QByteArray &authorization, QObject *context, std::function<void()> done);
    // Whether a request with this header is let in: the management token (unless
    // --oauth-only), or a token the provider called active a moment ago.
    bool accepts(const QByteArray &authorization, bool isManagementToken) const;

    // How many introspection requests were sent (tests, --verbose).
    int askedCount() const { return m_asked; }

private:
    struct Answer {
        bool active = false;
        QDeadlineTimer until;
    };
    static QByteArray bearerToken(const QByteArray &authorization);
    static QByteArray key(const QByteArray &token);

    QNetworkAccessManager m_network;
    QUrl m_url;
    QString m_clientId;
    QString m_clientSecret;
    bool m_oauthOnly = false;
    QHash<QByteArray, Answer> m_answers;                       // by the token's SHA-256
    QHash<QByteArray, QList<std::function<void()>>> m_waiting; // by the token's SHA-256
    int m_asked = 0;
};
