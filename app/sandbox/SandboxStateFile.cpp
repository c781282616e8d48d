#include "SandboxStateFile.h"

#include "TokenJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace SandboxStateFile {
namespace {

const QLatin1StringView AccountIdKey{"accountId"};
const QLatin1StringView ClusterIdKey{"clusterId"};
const QLatin1StringView TokensKey{"tokens"};
const QLatin1StringView HashKey{"accessTokenSha512"};

} // namespace

bool load(const QString &path, SandboxState *state, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1: not valid JSON: %2 at byte %3")
                     .arg(path, parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    if (!document.isObject()) {
        *error = QStringLiteral("%1: expected a JSON object").arg(path);
        return false;
    }
    const QJsonObject root = document.object();
    SandboxState loaded;
    const QJsonValue accountId = root.value(AccountIdKey);
    const QJsonValue clusterId = root.value(ClusterIdKey);
    const QJsonValue tokens = root.value(TokensKey);
    if (!accountId.isString() || accountId.toString().isEmpty()) {
        *error = QStringLiteral("%1: accountId: expected a non-empty string").arg(path);
        return false;
    }
    if (!clusterId.isString() || clusterId.toString().isEmpty()) {
        *error = QStringLiteral("%1: clusterId: expected a non-empty string").arg(path);
        return false;
    }
    if (!tokens.isArray()) {
        *error = QStringLiteral("%1: tokens: expected an array").arg(path);
        return false;
    }
    loaded.accountId = accountId.toString();
    loaded.clusterId = clusterId.toString();
    const QJsonArray array = tokens.toArray();
    loaded.tokens.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        Token token;
        QString tokenError;
        if (!TokenJson::decodeToken(array.at(i), &token, &tokenError)) {
            *error = QStringLiteral("%1: tokens[%2]: %3").arg(path).arg(i).arg(tokenError);
            return false;
        }
        const QJsonValue hash = array.at(i).toObject().value(HashKey);
        if (hash.isString())
            loaded.accessTokenSha512.insert(token.id, hash.toString());
        loaded.tokens.append(std::move(token));
    }
    *state = std::move(loaded);
    return true;
}

bool save(const QString &path, const SandboxState &state, QString *error) {
    QJsonArray tokens;
    for (const Token &token : state.tokens) {
        QJsonObject object = TokenJson::encodeToken(token);
        const auto hash = state.accessTokenSha512.constFind(token.id);
        if (hash != state.accessTokenSha512.cend())
            object.insert(HashKey, *hash);
        tokens.append(object);
    }
    const QJsonObject root{
        {AccountIdKey, state.accountId}, {ClusterIdKey, state.clusterId}, {TokensKey, tokens}};

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    // Readable for a seed-sized state; compact for scale runs, which rewrite it on every change.
    const auto format =
        state.tokens.size() > 1000 ? QJsonDocument::Compact : QJsonDocument::Indented;
    file.write(QJsonDocument(root).toJson(format));
    if (!file.commit()) {
        *error = QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace SandboxStateFile
