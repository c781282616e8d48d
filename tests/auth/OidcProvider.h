#pragma once

#include "OAuth2Settings.h"

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QUrl>

// The real OpenID provider of tests/auth/provider.mjs (npm oidc-provider) in a child process
// on 127.0.0.1. Nothing here reaches into the provider: tests talk to it over HTTP only, and
// read what it prints (its address, one line per request it received).
class OidcProvider : public QObject {
    Q_OBJECT

public:
    static inline const QString PublicClientId = QStringLiteral("token-admin");
    static inline const QString SandboxClientId = QStringLiteral("token-admin-sandbox");
    static inline const QString SandboxClientSecret =
        QStringLiteral("sandbox-introspection-secret");

    explicit OidcProvider(const QStringList &options = {}, QObject *parent = nullptr)
        : QObject(parent) {
        m_process.setProgram(QStringLiteral(TOKENADMIN_NODE));
        m_process.setArguments(QStringList{QStringLiteral(TOKENADMIN_PROVIDER_SCRIPT)} + options);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] {
            m_buffer += m_process.readAllStandardOutput();
            for (qsizetype end = m_buffer.indexOf('\n'); end >= 0; end = m_buffer.indexOf('\n')) {
                const QString line = QString::fromUtf8(m_buffer.left(end)).trimmed();
                m_buffer.remove(0, end + 1);
                if (line.startsWith(QLatin1String("LISTENING ")))
                    m_issuer = QUrl(line.mid(10));
                else if (line.startsWith(QLatin1String("REQUEST ")))
                    m_requests.append(line.mid(8));
            }
        });
        connect(&m_process, &QProcess::readyReadStandardError, this,
                [this] { m_stderr += m_process.readAllStandardError(); });
        m_process.start();
    }
    ~OidcProvider() override {
        m_process.disconnect(this);
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    // Wait for it with QTRY_VERIFY(provider.isListening()).
    bool isListening() const { return m_issuer.isValid() && !m_issuer.isEmpty(); }
    bool hasFailed() const { return m_process.state() == QProcess::NotRunning; }
    QString diagnostics() const {
        return QStringLiteral("%1 %2: %3 %4")
            .arg(m_process.program(), m_process.arguments().join(QLatin1Char(' ')),
                 m_process.errorString(), QString::fromUtf8(m_stderr));
    }

    QUrl issuer() const { return m_issuer; }
    QUrl url(const QString &path) const {
        QUrl url = m_issuer;
        url.setPath(path);
        return url;
    }
    QUrl deviceUrl() const { return url(QStringLiteral("/device/auth")); }
    QUrl tokenUrl() const { return url(QStringLiteral("/token")); }
    QUrl introspectionUrl() const { return url(QStringLiteral("/token/introspection")); }

    // The profile's [profile.auth.oauth2] for this provider, as a Clustered admin writes it.
    OAuth2Settings settings(const QString &clientId = PublicClientId) const {
        OAuth2Settings settings;
        settings.enabled = true;
        settings.clientId = clientId;
        settings.scopes = {QStringLiteral("openid"), QStringLiteral("offline_access")};
        settings.parameters = {{QStringLiteral("audience"), QStringLiteral("token-admin-tests")}};
        settings.deviceUrl = deviceUrl();
        settings.tokenUrl = tokenUrl();
        return settings;
    }

    // "POST /token" and the like, in the order received.
    QStringList requests() const { return m_requests; }
    int count(const QString &request) const { return int(m_requests.count(request)); }

private:
    QProcess m_process;
    QByteArray m_buffer;
    QByteArray m_stderr;
    QUrl m_issuer;
    QStringList m_requests;
};
