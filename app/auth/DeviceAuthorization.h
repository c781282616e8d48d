#pragma once

#include "OAuth2Settings.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

// Signs in through an identity provider with the OAuth 2.0 device authorization grant
// (RFC 8628), as influxctl does: asks device_url for a user code, shows it (promptReady),
// polls token_url until the person approved it in their browser, then keeps the access token
// (the Bearer token for the Management API) fresh with the refresh token. Everything runs on
// timers and replies of the caller's thread: nothing blocks, nothing waits in a nested loop.
// Tokens live in this object's memory only; every text it gives has them redacted.
class DeviceAuthorization : public QObject {
    Q_OBJECT

public:
    enum class State {
        Idle,           // nothing going on, no token (also after cancel() and signOut())
        RequestingCode, // the device request is on its way
        WaitingForUser, // the code is shown; token_url is polled
        SignedIn,       // an access token is held
        Renewing,       // an access token is held, a new one is being fetched
        Failed,         // the last sign-in or renewal failed; see failed() / signInNeeded()
    };
    Q_ENUM(State)

    // Why a sign-in ended without a token, as data; the message says it in words.
    enum class Failure {
        AccessDenied,  // the person declined at the provider
        ExpiredToken,  // the code expired before it was approved
        InvalidClient, // the provider does not know client_id
        InvalidGrant,  // the provider no longer accepts the code or the refresh token
        Refused,       // any other OAuth error the provider answered
        Unreachable,   // connection refused, host not found, timeout, network down
        Tls,           // the provider's certificate was not trusted
        BadResponse,   // an answer that is not what RFC 8628 / RFC 6749 describe
        NotAllowed,    // refused before sending: a URL that is not https (nor loopback)
    };
    Q_ENUM(Failure)

    // What the person needs to approve the sign-in.
    struct Prompt {
        QString userCode;
        QUrl verificationUri;
        QUrl verificationUriComplete; // empty when the provider gave none
        std::chrono::seconds expiresIn{0};
    };

    static constexpr std::chrono::seconds DefaultInterval{5}; // RFC 8628 §3.2
    static constexpr std::chrono::seconds SlowDownStep{5};    // RFC 8628 §3.5
    static constexpr std::chrono::seconds RequestTimeout{30};
    // How long before expires_in ends the access token is renewed: a fifth of its life, at
    // most a minute.
    static constexpr std::chrono::seconds MaxRenewalMargin{60};
    static constexpr qint64 MaxBodyBytes = 256 * 1024;

    DeviceAuthorization(QNetworkAccessManager *network, OAuth2Settings settings,
                        QObject *parent = nullptr);
    ~DeviceAuthorization() override;

    // The profile's tls.ca: trusted for the provider as for the cluster.
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);

    // Starts a sign-in: whatever was going on stops, tokens are forgotten.
    void start();
    // Stops at once: the pending request is aborted and no request follows.
    void cancel();
    // Forgets the tokens and stops renewing.
    void signOut();
    // Signs in again without the browser, with a refresh token kept from an earlier run
    // ("Stay signed in"). Ends in signedIn() or signInNeeded().
    void resume(const QString &refreshToken);

    State state() const { return m_state; }
    const Prompt &prompt() const { return m_prompt; }
    // The polling interval now: the server's, else 5 s, plus 5 s for each slow_down.
    std::chrono::seconds interval() const { return m_interval; }
    QString accessToken() const { return m_accessToken; }
    QString refreshToken() const { return m_refreshToken; }
    // Time left before the access token ends; 0 without one or when none was said.
    std::chrono::milliseconds accessTokenRemaining() const;
    const OAuth2Settings &settings() const { return m_settings; }
    // Text from the provider (or about it) with every token of this sign-in replaced.
    QString redacted(const QString &text, qsizetype maxLength = 300) const;

Q_SIGNALS:
    void stateChanged(DeviceAuthorization::State state);
    // The code to show, with where to enter it.
    void promptReady(const DeviceAuthorization::Prompt &prompt);
    // A new access token is held: after the browser sign-in, resume() or a renewal.
    void signedIn();
    // The sign-in (device request or polling) ended without a token.
    void failed(DeviceAuthorization::Failure failure, const QString &message);
    // Renewing (or resuming) failed: the tokens are gone and the person must sign in again.
    void signInNeeded(const QString &reason);
    // The refresh token changed (rotated, or gone: empty): whoever keeps it should know.
    void refreshTokenChanged(const QString &refreshToken);

private:
    struct Answer {
        int status = 0;
        QByteArray body;
        QString transportError; // set when no HTTP answer came
        bool tls = false;
        bool tooLarge = false;
    };
    using Handler = void (DeviceAuthorization::*)(const Answer &);

    void setState(State state);
    void post(const QUrl &url, const QList<std::pair<QString, QString>> &form, Handler handler);
    void abortPending();
    void stopTimers();
    void poll();
    void renew();
    void onDeviceAnswer(const Answer &answer);
    void onPollAnswer(const Answer &answer);
    void onRenewAnswer(const Answer &answer);
    // Keeps the tokens of a successful token response; false (with `why`) when it has none.
    bool takeTokens(const QByteArray &body, QString *why);
    void scheduleRenewal(std::chrono::seconds expiresIn);
    void fail(Failure failure, const QString &message);
    void needSignIn(const QString &reason);
    // "the provider's words" for an answer that is not a success: OAuth error code and
    // description, or the transport error.
    Failure classify(const Answer &answer, QString *oauthError, QString *message) const;

    QNetworkAccessManager *m_network;
    OAuth2Settings m_settings;
    QList<QSslCertificate> m_extraCa;
    State m_state = State::Idle;
    Prompt m_prompt;
    QString m_deviceCode;
    QString m_accessToken;
    QString m_refreshToken;
    QDeadlineTimer m_accessTokenDeadline{QDeadlineTimer::Forever};
    std::chrono::seconds m_interval = DefaultInterval;
    QTimer m_pollTimer;
    QTimer m_expiryTimer;
    QTimer m_renewTimer;
    QPointer<QNetworkReply> m_pending;
};

Q_DECLARE_METATYPE(DeviceAuthorization::Prompt)
