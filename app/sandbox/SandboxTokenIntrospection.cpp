#include "SandboxTokenIntrospection.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

SandboxTokenIntrospection::SandboxTokenIntrospection(QUrl introspectionUrl, QString clientId,
                                                     QString clientSecret, bool oauthOnly,
                                                     QObject *parent)
    : QObject(parent)
    , m_url(std::move(introspectionUrl))
    , m_clientId(std::move(clientId))
    , m_clientSecret(std::move(clientSecret))
    , m_oauthOnly(oauthOnly) {}

QByteArray SandboxTokenIntrospection::bearerToken(const QByteArray &authorization) {
    if (authorization.size() <= 7 || authorization.left(7).compare("Bearer ", Qt::CaseInsensitive))
        return {};
    return authorization.mid(7).trimmed();
}

QByteArray SandboxTokenIntrospection::key(const QByteArray &token) {
    // Only a digest is kept: the tokens themselves never stay in the sandbox.
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

bool SandboxTokenIntrospection::mustAsk(const QByteArray &authorization,
                                        bool isManagementToken) const {
    if (isManagementToken && !m_oauthOnly)
        return false;
    const QByteArray token = bearerToken(authorization);
    if (token.isEmpty())
        return false;
    const auto known = m_answers.constFind(key(token));
    return known == m_answers.cend() || known->until.hasExpired();
}

bool SandboxTokenIntrospection::accepts(const QByteArray &authorization,
                                        bool isManagementToken) const {
    if (isManagementToken && !m_oauthOnly)
        return true;
    const QByteArray token = bearerToken(authorization);
    if (token.isEmpty())
        return false;
    const auto known = m_answers.constFind(key(token));
    return known != m_answers.cend() && known->active && !known->until.hasExpired();
}

void SandboxTokenIntrospection::ask(const QByteArray &authorization, QObject *context,
                                    std::function<void()> done) {
    const QByteArray token = bearerToken(authorization);
    const QByteArray digest = key(token);
    QPointer<QObject> guard(context);
    auto &waiting = m_waiting[digest];
    waiting.append([guard, done = std::move(done)] {
        if (guard)
            done();
    });
    if (waiting.size() > 1)
        return; // already asked: one question per token

    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", "Basic " + (QUrl::toPercentEncoding(m_clientId) + ':' +
                                                      QUrl::toPercentEncoding(m_clientSecret))
                                                         .toBase64());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(10000);
    ++m_asked;
    QNetworkReply *reply =
        m_network.post(request, "token=" + QUrl::toPercentEncoding(QString::fromUtf8(token)) +
                                    "&token_type_hint=access_token");
    connect(reply, &QNetworkReply::finished, this, [this, reply, digest] {
        reply->deleteLater();
        const QJsonObject object = QJsonDocument::fromJson(reply->readAll()).object();
        Answer answer;
        answer.active = reply->error() == QNetworkReply::NoError &&
                        object.value(QLatin1String("active")).toBool();
        std::chrono::seconds keep = KeepAnswerFor;
        if (const qint64 exp = qint64(object.value(QLatin1String("exp")).toDouble()); exp > 0)
            keep = std::min(keep, std::chrono::seconds(std::max<qint64>(
                                      0, exp - QDateTime::currentSecsSinceEpoch())));
        // A failed question counts as "not active" for the requests waiting on it, and is
        // asked again by the next one.
        answer.until = QDeadlineTimer(
            reply->error() == QNetworkReply::NoError ? keep : std::chrono::seconds(0));
        if (m_answers.size() > 1000)
            m_answers.removeIf([](const auto &entry) { return entry.value().until.hasExpired(); });
        m_answers.insert(digest, answer);
        const QList<std::function<void()>> waiting = m_waiting.take(digest);
        for (const auto &done : waiting)
            done();
    });
}
