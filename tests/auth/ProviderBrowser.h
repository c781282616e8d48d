#pragma once

#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrlQuery>

// What a person does in their browser with the code Token Admin shows: open the provider's
// verification page, type the code, confirm (or abort), log in, consent. It reads the pages the
// provider serves and submits their forms over HTTP, cookies and redirects as a browser
// handles them; it knows the pages only as a person would (the fields they show).
class ProviderBrowser : public QObject {
    Q_OBJECT

public:
    enum class Choice { Approve, Deny };

    explicit ProviderBrowser(QObject *parent = nullptr)
        : QObject(parent) {
        m_network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    }

    // Wait with QTRY_VERIFY(browser.isDone()); then heading() is the last page's title.
    void enterCode(const QUrl &verificationUri, const QString &userCode, Choice choice) {
        m_userCode = userCode;
        m_choice = choice;
        m_done = false;
        m_pages = 0;
        handle(m_network.get(QNetworkRequest(verificationUri)));
    }

    bool isDone() const { return m_done; }
    QString heading() const { return m_heading; }
    QString problem() const { return m_problem; }
    QStringList visited() const { return m_visited; }

private:
    static QString attribute(const QString &tag, const QString &name) {
        const QRegularExpression pattern(QStringLiteral("\\b%1\\s*=\\s*\"([^\"]*)\"").arg(name));
        QString value = pattern.match(tag).captured(1);
        value.replace(QLatin1String("&quot;"), QLatin1String("\""))
            .replace(QLatin1String("&#39;"), QLatin1String("'"))
            .replace(QLatin1String("&lt;"), QLatin1String("<"))
            .replace(QLatin1String("&gt;"), QLatin1String(">"))
            .replace(QLatin1String("&amp;"), QLatin1String("&"));
        return value;
    }

    void finish(const QString &problem = {}) {
        m_problem = problem;
        m_done = true;
    }

    void handle(QNetworkReply *reply) {
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            m_visited.append(reply->url().path());
            const QString page = QString::fromUtf8(reply->readAll());
            m_heading = QRegularExpression(QStringLiteral("<h1>(.*?)</h1>"))
                            .match(page)
                            .captured(1)
                            .trimmed();
            if (reply->error() != QNetworkReply::NoError) {
                finish(reply->errorString() + QLatin1Char(' ') + page.left(2000));
                return;
            }
            if (++m_pages > 12) {
                finish(QStringLiteral("more pages than a sign-in has"));
                return;
            }
            // A message in red (a code refused, a sign-in aborted) is where a person stops.
            const QString said = QRegularExpression(QStringLiteral("<p class=\"red\">(.*?)</p>"))
                                     .match(page)
                                     .captured(1)
                                     .trimmed();
            if (!said.isEmpty()) {
                m_heading = said;
                finish();
                return;
            }
            submitFirstForm(reply->url(), page);
        });
    }

    void submitFirstForm(const QUrl &base, const QString &page) {
        const QRegularExpressionMatch form =
            QRegularExpression(QStringLiteral("<form\\b([^>]*)>(.*?)</form>"),
                               QRegularExpression::DotMatchesEverythingOption)
                .match(page);
        if (!form.hasMatch()) {
            finish(); // a page without a form: the end (success, or what went wrong)
            return;
        }
        QUrlQuery fields;
        const QRegularExpression input(QStringLiteral("<input\\b([^>]*)>"));
        for (auto it = input.globalMatch(form.captured(2)); it.hasNext();) {
            const QString tag = it.next().captured(1);
            const QString name = attribute(tag, QStringLiteral("name"));
            const QString type = attribute(tag, QStringLiteral("type"));
            QString value = attribute(tag, QStringLiteral("value"));
            if (name == QLatin1String("user_code") && type != QLatin1String("hidden"))
                value = m_userCode; // typed by the person
            else if (name == QLatin1String("login"))
                value = QStringLiteral("cluster-admin");
            else if (name == QLatin1String("password"))
                value = QStringLiteral("any password");
            fields.addQueryItem(name, QString::fromUtf8(QUrl::toPercentEncoding(value)));
        }
        // The confirm page's [ Abort ] button submits the same form with abort=yes.
        if (m_choice == Choice::Deny && attribute(form.captured(1), QStringLiteral("id")) ==
                                            QLatin1String("op.deviceConfirmForm"))
            fields.addQueryItem(QStringLiteral("abort"), QStringLiteral("yes"));
        QNetworkRequest request(
            base.resolved(QUrl(attribute(form.captured(1), QStringLiteral("action")))));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        handle(m_network.post(request, fields.query(QUrl::FullyEncoded).toUtf8()));
    }

    QNetworkAccessManager m_network; // its own cookies: the browser's, not Token Admin's
    QString m_userCode;
    Choice m_choice = Choice::Approve;
    bool m_done = false;
    int m_pages = 0;
    QString m_heading;
    QString m_problem;
    QStringList m_visited;
};
