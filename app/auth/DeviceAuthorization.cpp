#include "DeviceAuthorization.h"

#include "ApiError.h"
#include "Endpoint.h"
#include "NetworkPool.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

#include <algorithm>

namespace {

const QString DeviceCodeGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");

// application/x-www-form-urlencoded as RFC 6749 §B wants it: every byte outside the unreserved
// set percent-encoded (QUrlQuery would leave "+", which a form reads as a space).
QByteArray formBody(const QList<std::pair<QString, QString>> &fields) {
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

// A positive whole number of seconds, or 0.
qint64 seconds(const QJsonValue &value) {
    const double number = value.toDouble(-1);
    return number >= 1 && number < 1e9 ? qint64(number) : 0;
}

bool isWebUrl(const QUrl &url) {
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

} // namespace

DeviceAuthorization::DeviceAuthorization(QNetworkAccessManager *network, OAuth2Settings settings,
                                         QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_settings(std::move(settings)) {
    qRegisterMetaType<DeviceAuthorization::Prompt>();
    for (QTimer *timer : {&m_pollTimer, &m_expiryTimer, &m_renewTimer}) {
        timer->setSingleShot(true);
        timer->setTimerType(Qt::CoarseTimer);
    }
    connect(&m_pollTimer, &QTimer::timeout, this, &DeviceAuthorization::poll);
    connect(&m_renewTimer, &QTimer::timeout, this, &DeviceAuthorization::renew);
    connect(&m_expiryTimer, &QTimer::timeout, this, [this] {
        abortPending();
        fail(Failure::ExpiredToken,
             tr("The code %1 expired before the sign-in was approved. Sign in again for a new "
                "code.")
                 .arg(m_prompt.userCode));
    });
}

DeviceAuthorization::~DeviceAuthorization() {
    abortPending();
}

void DeviceAuthorization::setExtraCaCertificates(const QList<QSslCertificate> &certificates) {
    m_extraCa = certificates;
}

std::chrono::milliseconds DeviceAuthorization::accessTokenRemaining() const {
    if (m_accessToken.isEmpty() || m_accessTokenDeadline.isForever())
        return std::chrono::milliseconds{0};
    return std::chrono::milliseconds{std::max<qint64>(0, m_accessTokenDeadline.remainingTime())};
}

QString DeviceAuthorization::redacted(const QString &text, qsizetype maxLength) const {
    QString clean = text;
    for (const QString &secret : {m_deviceCode, m_accessToken, m_refreshToken})
        clean = quotedFromServer(clean, secret, std::max<qsizetype>(maxLength, clean.size()));
    return sanitizedExcerpt(clean, maxLength);
}

void DeviceAuthorization::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void DeviceAuthorization::stopTimers() {
    m_pollTimer.stop();
    m_expiryTimer.stop();
    m_renewTimer.stop();
}

void DeviceAuthorization::abortPending() {
    if (QNetworkReply *reply = m_pending) {
        m_pending = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void DeviceAuthorization::start() {
    abortPending();
    stopTimers();
    const bool hadRefreshToken = !m_refreshToken.isEmpty();
    m_deviceCode.clear();
    m_accessToken.clear();
    m_refreshToken.clear();
    m_prompt = {};
    m_interval = DefaultInterval;
    if (hadRefreshToken)
        Q_EMIT refreshTokenChanged({});
    setState(State::RequestingCode);

    QList<std::pair<QString, QString>> form{{QStringLiteral("client_id"), m_settings.clientId}};
    if (const QString scope = m_settings.scope(); !scope.isEmpty())
        form.append({QStringLiteral("scope"), scope});
    form.append(m_settings.parameters);
    post(m_settings.deviceUrl, form, &DeviceAuthorization::onDeviceAnswer);
}

void DeviceAuthorization::cancel() {
    abortPending();
    m_pollTimer.stop();
    m_expiryTimer.stop();
    m_deviceCode.clear();
    if (m_state == State::RequestingCode || m_state == State::WaitingForUser)
        setState(m_accessToken.isEmpty() ? State::Idle : State::SignedIn);
}

void DeviceAuthorization::signOut() {
    abortPending();
    stopTimers();
    const bool hadRefreshToken = !m_refreshToken.isEmpty();
    m_deviceCode.clear();
    m_accessToken.clear();
    m_refreshToken.clear();
    m_accessTokenDeadline = QDeadlineTimer(QDeadlineTimer::Forever);
    setState(State::Idle);
    if (hadRefreshToken)
        Q_EMIT refreshTokenChanged({});
}

void DeviceAuthorization::resume(const QString &refreshToken) {
    abortPending();
    stopTimers();
    m_deviceCode.clear();
    m_accessToken.clear();
    m_refreshToken = refreshToken;
    renew();
}

void DeviceAuthorization::post(const QUrl &url, const QList<std::pair<QString, QString>> &form,
                               Handler handler) {
    abortPending();
    // The same gate as for the Management API: the code and the tokens never cross the network
    // unencrypted.
    if (!isAcceptableApiUrl(url, nullptr)) {
        const QString message =
            tr("Token Admin does not send the sign-in to %1: the identity provider must be "
               "reached over https:// (plain http:// only on this computer).")
                .arg(url.toDisplayString());
        QTimer::singleShot(0, this, [this, message] { fail(Failure::NotAllowed, message); });
        return;
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("TokenAdmin/%1").arg(QCoreApplication::applicationVersion()));
    // A device or token request is never followed anywhere: its form carries the codes.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(int(std::chrono::milliseconds(RequestTimeout).count()));
    QNetworkAccessManager *network = m_network;
    if (url.scheme() == QLatin1String("https")) {
        TlsTrust trust;
        trust.extraCaCertificates = m_extraCa;
        request.setSslConfiguration(trust.sslConfiguration());
        // As for the API: a TLS connection is lent only to a request with the same trust.
        network = NetworkPool::of(m_network)->manager(trust);
    }
    QNetworkReply *reply = network->post(request, formBody(form));
    m_pending = reply;
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors)
            texts.append(redacted(error.errorString()));
        reply->setProperty("tokenadmin_sslErrors", texts.join(QLatin1String("; ")));
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [reply](qint64 received, qint64) {
        if (received > MaxBodyBytes) {
            reply->setProperty("tokenadmin_tooLarge", true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, handler] {
        if (m_pending == reply)
            m_pending = nullptr;
        reply->deleteLater();
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.tooLarge = reply->property("tokenadmin_tooLarge").toBool();
        if (!answer.tooLarge)
            answer.body = reply->readAll();
        if (answer.status == 0 || answer.tooLarge) {
            const QString sslErrors = reply->property("tokenadmin_sslErrors").toString();
            answer.tls = reply->error() == QNetworkReply::SslHandshakeFailedError;
            if (answer.tooLarge)
                answer.transportError =
                    tr("the answer is larger than %1 KiB").arg(MaxBodyBytes / 1024);
            else if (reply->error() == QNetworkReply::OperationCanceledError ||
                     reply->error() == QNetworkReply::TimeoutError)
                answer.transportError =
                    tr("no answer for %n second(s)", nullptr, int(RequestTimeout.count()));
            else if (answer.tls && !sslErrors.isEmpty())
                answer.transportError = sslErrors;
            else
                answer.transportError = redacted(reply->errorString());
        }
        (this->*handler)(answer);
    });
}

DeviceAuthorization::Failure
DeviceAuthorization::classify(const Answer &answer, QString *oauthError, QString *message) const {
    const QString host = m_settings.tokenUrl.host();
    oauthError->clear();
    if (!answer.transportError.isEmpty()) {
        *message = answer.tls ? tr("The identity provider %1 could not be reached safely: its "
                                   "certificate is not trusted (%2). If the organisation uses "
                                   "its own certificate authority, name it in tls.ca.")
                                    .arg(host, answer.transportError)
                              : tr("The identity provider %1 could not be reached: %2.")
                                    .arg(host, answer.transportError);
        return answer.tls ? Failure::Tls : Failure::Unreachable;
    }
    if (answer.status >= 300 && answer.status < 400) {
        *message = tr("The identity provider %1 answered with a redirect (HTTP %2), which is not "
                      "followed for a sign-in request. Check token_url and device_url.")
                       .arg(host)
                       .arg(answer.status);
        return Failure::BadResponse;
    }
    const QJsonObject object = QJsonDocument::fromJson(answer.body).object();
    *oauthError = object.value(QLatin1String("error")).toString();
    const QString description =
        redacted(object.value(QLatin1String("error_description")).toString(), 200);
    if (oauthError->isEmpty()) {
        *message = tr("The identity provider %1 answered HTTP %2 without an OAuth error.")
                       .arg(host)
                       .arg(answer.status);
        return Failure::BadResponse;
    }
    const QString code = redacted(*oauthError, 60);
    const QString said = description.isEmpty()
                             ? tr("The provider said: %1.").arg(code)
                             : tr("The provider said: %1 (%2).").arg(description, code);
    if (*oauthError == QLatin1String("access_denied")) {
        *message = tr("The sign-in was declined at %1. %2").arg(host, said);
        return Failure::AccessDenied;
    }
    if (*oauthError == QLatin1String("expired_token")) {
        *message = tr("The code %1 expired before the sign-in was approved. Sign in again for a "
                      "new code.")
                       .arg(m_prompt.userCode);
        return Failure::ExpiredToken;
    }
    if (*oauthError == QLatin1String("invalid_client") ||
        *oauthError == QLatin1String("unauthorized_client")) {
        *message = tr("The identity provider %1 does not accept the client ID \"%2\". Check "
                      "client_id in the profile's [profile.auth.oauth2]. %3")
                       .arg(host, m_settings.clientId, said);
        return Failure::InvalidClient;
    }
    if (*oauthError == QLatin1String("invalid_grant")) {
        *message =
            tr("The identity provider %1 no longer accepts this sign-in. %2").arg(host, said);
        return Failure::InvalidGrant;
    }
    *message = tr("The identity provider %1 refused the sign-in (HTTP %2). %3")
                   .arg(host)
                   .arg(answer.status)
                   .arg(said);
    return Failure::Refused;
}

void DeviceAuthorization::onDeviceAnswer(const Answer &answer) {
    if (answer.status != 200 || !answer.transportError.isEmpty()) {
        QString oauthError;
        QString message;
        const Failure failure = classify(answer, &oauthError, &message);
        fail(failure, message);
        return;
    }
    const QJsonObject object = QJsonDocument::fromJson(answer.body).object();
    Prompt prompt;
    m_deviceCode = object.value(QLatin1String("device_code")).toString();
    prompt.userCode = object.value(QLatin1String("user_code")).toString();
    QString verification = object.value(QLatin1String("verification_uri")).toString();
    if (verification.isEmpty()) // Google's device endpoint still spells it the older way
        verification = object.value(QLatin1String("verification_url")).toString();
    prompt.verificationUri = QUrl(verification, QUrl::StrictMode);
    const QString complete = object.value(QLatin1String("verification_uri_complete")).toString();
    if (!complete.isEmpty())
        prompt.verificationUriComplete = QUrl(complete, QUrl::StrictMode);
    prompt.expiresIn = std::chrono::seconds(seconds(object.value(QLatin1String("expires_in"))));
    if (m_deviceCode.isEmpty() || prompt.userCode.isEmpty() || prompt.userCode.size() > 64 ||
        !isWebUrl(prompt.verificationUri) ||
        (!complete.isEmpty() && !isWebUrl(prompt.verificationUriComplete)) ||
        prompt.expiresIn.count() == 0) {
        m_deviceCode.clear();
        fail(Failure::BadResponse,
             tr("The identity provider %1 answered the device request without a usable "
                "device_code, user_code, verification_uri (http or https) and expires_in.")
                 .arg(m_settings.deviceUrl.host()));
        return;
    }
    if (const qint64 interval = seconds(object.value(QLatin1String("interval"))); interval > 0)
        m_interval = std::chrono::seconds(std::min<qint64>(interval, 300));
    m_prompt = prompt;
    setState(State::WaitingForUser);
    m_expiryTimer.start(prompt.expiresIn);
    m_pollTimer.start(m_interval);
    Q_EMIT promptReady(m_prompt);
}

void DeviceAuthorization::poll() {
    if (m_state != State::WaitingForUser || m_deviceCode.isEmpty())
        return;
    post(m_settings.tokenUrl,
         {{QStringLiteral("grant_type"), DeviceCodeGrant},
          {QStringLiteral("device_code"), m_deviceCode},
          {QStringLiteral("client_id"), m_settings.clientId}},
         &DeviceAuthorization::onPollAnswer);
}

void DeviceAuthorization::onPollAnswer(const Answer &answer) {
    if (m_state != State::WaitingForUser)
        return;
    if (answer.status == 200 && answer.transportError.isEmpty()) {
        QString why;
        // Stops polling at once: polling a code already exchanged makes the provider revoke
        // the tokens it gave for it.
        m_pollTimer.stop();
        m_expiryTimer.stop();
        m_deviceCode.clear();
        if (!takeTokens(answer.body, &why)) {
            fail(Failure::BadResponse, why);
            return;
        }
        setState(State::SignedIn);
        Q_EMIT signedIn();
        return;
    }
    QString oauthError;
    QString message;
    const Failure failure = classify(answer, &oauthError, &message);
    if (oauthError == QLatin1String("authorization_pending")) {
        m_pollTimer.start(m_interval);
        return;
    }
    if (oauthError == QLatin1String("slow_down")) {
        // Kept for every later poll of this sign-in (RFC 8628 §3.5).
        m_interval += SlowDownStep;
        m_pollTimer.start(m_interval);
        return;
    }
    if (failure == Failure::Unreachable) {
        // A network that comes and goes does not end the sign-in: the code is still shown
        // and the next poll may get through. It ends when the code expires.
        m_pollTimer.start(m_interval);
        return;
    }
    fail(failure, message);
}

bool DeviceAuthorization::takeTokens(const QByteArray &body, QString *why) {
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString accessToken = object.value(QLatin1String("access_token")).toString();
    const QString tokenType = object.value(QLatin1String("token_type")).toString();
    if (accessToken.isEmpty() || tokenType.compare(QLatin1String("Bearer"), Qt::CaseInsensitive)) {
        *why = tr("The identity provider %1 answered without a Bearer access token.")
                   .arg(m_settings.tokenUrl.host());
        return false;
    }
    m_accessToken = accessToken;
    const qint64 expiresIn = seconds(object.value(QLatin1String("expires_in")));
    m_accessTokenDeadline = expiresIn > 0 ? QDeadlineTimer(std::chrono::seconds(expiresIn))
                                          : QDeadlineTimer(QDeadlineTimer::Forever);
    // A refresh response may leave the refresh token out: the one held stays valid then.
    const QString refreshToken = object.value(QLatin1String("refresh_token")).toString();
    if (!refreshToken.isEmpty() && refreshToken != m_refreshToken) {
        m_refreshToken = refreshToken;
        Q_EMIT refreshTokenChanged(m_refreshToken);
    }
    if (expiresIn > 0 && !m_refreshToken.isEmpty())
        scheduleRenewal(std::chrono::seconds(expiresIn));
    return true;
}

void DeviceAuthorization::scheduleRenewal(std::chrono::seconds expiresIn) {
    const std::chrono::seconds margin = std::min(MaxRenewalMargin, expiresIn / 5);
    m_renewTimer.start(std::chrono::duration_cast<std::chrono::milliseconds>(expiresIn - margin));
}

void DeviceAuthorization::renew() {
    if (m_refreshToken.isEmpty()) {
        needSignIn(tr("The sign-in has ended. Sign in again."));
        return;
    }
    setState(m_accessToken.isEmpty() ? State::RequestingCode : State::Renewing);
    post(m_settings.tokenUrl,
         {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
          {QStringLiteral("refresh_token"), m_refreshToken},
          {QStringLiteral("client_id"), m_settings.clientId}},
         &DeviceAuthorization::onRenewAnswer);
}

void DeviceAuthorization::onRenewAnswer(const Answer &answer) {
    QString why;
    if (answer.status == 200 && answer.transportError.isEmpty() && takeTokens(answer.body, &why)) {
        setState(State::SignedIn);
        Q_EMIT signedIn();
        return;
    }
    if (why.isEmpty()) {
        QString oauthError;
        QString message;
        const Failure failure = classify(answer, &oauthError, &message);
        // The provider out of reach for a moment: tried again while the access token lasts.
        const auto left = accessTokenRemaining();
        if (failure == Failure::Unreachable && left > std::chrono::seconds(20)) {
            setState(State::SignedIn);
            m_renewTimer.start(std::chrono::seconds(10));
            return;
        }
        why = message;
    }
    needSignIn(tr("The sign-in could not be renewed: %1 Sign in again.").arg(why));
}

void DeviceAuthorization::fail(Failure failure, const QString &message) {
    m_pollTimer.stop();
    m_expiryTimer.stop();
    m_deviceCode.clear();
    setState(State::Failed);
    Q_EMIT failed(failure, message);
}

void DeviceAuthorization::needSignIn(const QString &reason) {
    abortPending();
    stopTimers();
    const bool hadRefreshToken = !m_refreshToken.isEmpty();
    m_accessToken.clear();
    m_refreshToken.clear();
    m_accessTokenDeadline = QDeadlineTimer(QDeadlineTimer::Forever);
    setState(State::Failed);
    if (hadRefreshToken)
        Q_EMIT refreshTokenChanged({});
    Q_EMIT signInNeeded(reason);
}
