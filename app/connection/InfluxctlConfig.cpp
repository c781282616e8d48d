#include "InfluxctlConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <toml++/toml.h>

#include <string>
#include <string_view>

namespace {

// A config file is a few kilobytes; anything far larger is not one.
constexpr qint64 MaxConfigBytes = 4 * 1024 * 1024;

QString fromStd(std::string_view text) {
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

class ProfileReader {
public:
    ProfileReader(const toml::table &table, InfluxctlProfile *profile, QStringList *warnings)
        : m_table(table)
        , m_profile(profile)
        , m_warnings(warnings) {}

    void string(std::string_view key, QString *out, const toml::table *table = nullptr) {
        const toml::node *node = (table ? *table : m_table).get(key);
        if (!node)
            return;
        if (const auto *value = node->as_string())
            *out = fromStd(value->get());
        else
            warn(key, QCoreApplication::translate("InfluxctlConfig", "expected a string"), *node);
    }

    // influxctl writes the port as a string; a number means the same.
    void port(QString *out) {
        const toml::node *node = m_table.get("port");
        if (!node)
            return;
        if (const auto *value = node->as_string())
            *out = fromStd(value->get());
        else if (const auto *number = node->as_integer())
            *out = QString::number(number->get());
        else
            warn(
                "port",
                QCoreApplication::translate("InfluxctlConfig", "expected a string such as \"443\""),
                *node);
    }

    void boolean(std::string_view key, bool *out, const toml::table &table) {
        const toml::node *node = table.get(key);
        if (!node)
            return;
        if (const auto *value = node->as_boolean())
            *out = value->get();
        else
            warn(key, QCoreApplication::translate("InfluxctlConfig", "expected true or false"),
                 *node);
    }

    // [profile.auth.oauth2]: client_id, scopes, parameters, token_url, device_url.
    void oauth2(const toml::table &table, OAuth2Settings *out) {
        out->enabled = true;
        string("client_id", &out->clientId, &table);
        url("token_url", &out->tokenUrl, table);
        url("device_url", &out->deviceUrl, table);
        if (const toml::node *node = table.get("scopes")) {
            if (const auto *array = node->as_array()) {
                for (const toml::node &item : *array) {
                    if (const auto *value = item.as_string())
                        out->scopes.append(fromStd(value->get()));
                    else
                        warn("scopes",
                             QCoreApplication::translate("InfluxctlConfig",
                                                         "expected an array of strings"),
                             item);
                }
            } else {
                warn("scopes",
                     QCoreApplication::translate(
                         "InfluxctlConfig", "expected an array of strings such as [\"openid\"]"),
                     *node);
            }
        }
        if (const toml::node *node = table.get("parameters")) {
            if (const auto *parameters = node->as_table()) {
                for (const auto &[key, value] : *parameters) {
                    if (const auto *text = value.as_string())
                        out->parameters.append({fromStd(key.str()), fromStd(text->get())});
                    else
                        warn(key.str(),
                             QCoreApplication::translate("InfluxctlConfig",
                                                         "a parameter's value must be a string"),
                             value);
                }
            } else {
                warn("parameters",
                     QCoreApplication::translate("InfluxctlConfig",
                                                 "expected a table such as { audience = \"…\" }"),
                     *node);
            }
        }
    }

private:
    void url(std::string_view key, QUrl *out, const toml::table &table) {
        QString text;
        string(key, &text, &table);
        if (text.isEmpty())
            return;
        *out = QUrl(text.trimmed(), QUrl::StrictMode);
        if (!out->isValid() || out->host().isEmpty())
            warn(key,
                 QCoreApplication::translate(
                     "InfluxctlConfig",
                     "\"%1\" is not a full URL such as https://idp.example.com/token")
                     .arg(text),
                 *table.get(key));
    }

    void warn(std::string_view key, const QString &why, const toml::node &node) {
        m_warnings->append(
            QCoreApplication::translate("InfluxctlConfig", "profile \"%1\", line %2: %3: %4")
                .arg(m_profile->name)
                .arg(node.source().begin.line)
                .arg(fromStd(key), why));
    }

    const toml::table &m_table;
    InfluxctlProfile *m_profile;
    QStringList *m_warnings;
};

// toml++ 3.3, Debian 12's, reaches undefined behaviour when its whitespace test meets many
// non-ASCII characters (marzer/tomlplusplus#190, #295; fixed upstream after 3.3). Where its
// grammar is in doubt, this reader is stricter than toml++: a non-ASCII character is let
// through only in a comment or in a string value, one opened right after "=" (all
// influxctl's keys take such values), and in a """ string neither right after a backslash
// nor at the start of a line continued by one. Anywhere else it is refused with its place
// before toml++ sees the text: outside strings it is never valid TOML, and quoted keys or
// arrays never need it.
struct UnsafeCharacter {
    int line = 0; // 0: none
    int column = 0;
    bool afterLineEndingBackslash = false;
};

UnsafeCharacter findUnsafeCharacter(QByteArrayView text) {
    enum class State { Normal, Comment, Quoted, MultiBasic, MultiLiteral };
    State state = State::Normal;
    char quote = 0;              // in Quoted: the quote that ends it
    bool isValue = false;        // in a string: a value, where any character may stand
    char lastSignificant = '\n'; // in Normal: the last byte that is not a space or a tab
    int line = 1;
    int column = 1;
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto at = [&](qsizetype k) {
        return k < n ? static_cast<unsigned char>(text[k]) : 0u;
    };
    auto advance = [&](qsizetype count) {
        for (; count > 0 && i < n; --count, ++i) {
            if (text[i] == '\n') {
                ++line;
                column = 1;
            } else if ((at(i) & 0xC0) != 0x80) { // columns count characters, not bytes
                ++column;
            }
        }
    };
    auto tripled = [&](char q) {
        return at(i) == uchar(q) && at(i + 1) == uchar(q) && at(i + 2) == uchar(q);
    };
    auto backToNormal = [&] {
        state = State::Normal;
        lastSignificant = '"'; // whatever follows a string, it is not a value's start
    };
    while (i < n) {
        const unsigned char c = at(i);
        switch (state) {
        case State::Normal:
            if (c >= 0x80)
                return {line, column, false};
            if (c == '#') {
                state = State::Comment;
            } else if (c == '"' || c == '\'') {
                isValue = lastSignificant == '=';
                if (tripled(char(c))) { // toml++ reads """ as one even where TOML does not
                    state = c == '"' ? State::MultiBasic : State::MultiLiteral;
                    advance(3);
                    continue;
                }
                state = State::Quoted;
                quote = char(c);
            } else if (c == '\n') {
                lastSignificant = '\n';
            } else if (c != ' ' && c != '\t') {
                lastSignificant = char(c);
            }
            break;
        case State::Comment:
            if (c == '\n') {
                state = State::Normal;
                lastSignificant = '\n';
            }
            break;
        case State::Quoted:
            if (c >= 0x80 && !isValue)
                return {line, column, false};
            if (c == '\\' && quote == '"') {
                advance(1); // the escaped byte cannot end the string
                if (at(i) >= 0x80 && !isValue)
                    return {line, column, false};
            } else if (c == uchar(quote)) {
                backToNormal();
            } else if (c == '\n') {
                state = State::Normal;
                lastSignificant = '\n';
            }
            break;
        case State::MultiBasic:
        case State::MultiLiteral:
            if (c >= 0x80 && !isValue)
                return {line, column, false};
            if (c == '\\' && state == State::MultiBasic) {
                qsizetype end = i + 1;
                while (at(end) == ' ' || at(end) == '\t')
                    ++end;
                if (at(end) == '\n' || (at(end) == '\r' && at(end + 1) == '\n')) {
                    // A line-ending backslash: toml++ skips the whitespace that follows.
                    advance(end - i);
                    while (at(i) == ' ' || at(i) == '\t' || at(i) == '\r' || at(i) == '\n')
                        advance(1);
                    if (at(i) >= 0x80)
                        return {line, column, true};
                    continue;
                }
                // toml++ asks whether the escaped character is whitespace: it must be ASCII
                // (a valid escape always is).
                advance(1);
                if (at(i) >= 0x80)
                    return {line, column, false};
                advance(1);
                continue;
            }
            if (const char closing = state == State::MultiBasic ? '"' : '\''; tripled(closing)) {
                advance(3);
                for (int extra = 0; extra < 2 && at(i) == uchar(closing); ++extra)
                    advance(1); // up to two more quotes belong to the text
                backToNormal();
                continue;
            }
            break;
        }
        advance(1);
    }
    return {};
}

} // namespace

QString InfluxctlConfig::errorText() const {
    if (error.isEmpty())
        return {};
    if (errorLine > 0)
        return QStringLiteral("%1:%2:%3: %4").arg(path).arg(errorLine).arg(errorColumn).arg(error);
    return QStringLiteral("%1: %2").arg(path, error);
}

const InfluxctlProfile *InfluxctlConfig::profile(const QString &name) const {
    for (const InfluxctlProfile &candidate : profiles)
        if (candidate.name == name)
            return &candidate;
    return nullptr;
}

const InfluxctlProfile *InfluxctlConfig::defaultProfile() const {
    return profile(QStringLiteral("default"));
}

const InfluxctlProfile *chooseProfile(const InfluxctlConfig &config, const QString &requested,
                                      QString *problem) {
    problem->clear();
    if (requested.isEmpty())
        return config.defaultProfile();
    if (const InfluxctlProfile *found = config.profile(requested))
        return found;
    if (!config.ok())
        *problem =
            QCoreApplication::translate("InfluxctlConfig", "The profile \"%1\" cannot be read: %2")
                .arg(requested, config.errorText());
    else if (!config.exists)
        *problem = QCoreApplication::translate("InfluxctlConfig",
                                               "There is no profile \"%1\": %2 does not exist.")
                       .arg(requested, config.path);
    else
        *problem =
            QCoreApplication::translate("InfluxctlConfig", "There is no profile \"%1\" in %2.")
                .arg(requested, config.path);
    return nullptr;
}

QString defaultInfluxctlConfigPath() {
    // The folder Go's os.UserConfigDir() gives influxctl on each system.
#if defined(Q_OS_WIN)
    return windowsInfluxctlConfigPath(qEnvironmentVariable("APPDATA"), QDir::homePath());
#else
#if defined(Q_OS_MACOS)
    const QString base = QDir::homePath() + QStringLiteral("/Library/Application Support");
#else
    QString base = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (base.isEmpty() || !QDir::isAbsolutePath(base))
        base = QDir::homePath() + QStringLiteral("/.config");
#endif
    return QDir::cleanPath(base + QStringLiteral("/influxctl/config.toml"));
#endif
}

QString windowsInfluxctlConfigPath(const QString &appData, const QString &home) {
    // An empty %APPDATA% must not turn into "/influxctl/config.toml" at the drive's root.
    const QString base =
        appData.trimmed().isEmpty() ? home + QStringLiteral("/AppData/Roaming") : appData;
    // Windows' separator, whichever system reads it.
    return QDir::cleanPath(QString(base).replace(QLatin1Char('\\'), QLatin1Char('/')) +
                           QStringLiteral("/influxctl/config.toml"));
}

InfluxctlConfig readInfluxctlConfig(const QString &path) {
    InfluxctlConfig config;
    config.path = path;
    QFile file(path);
    if (!file.exists())
        return config;
    config.exists = true;
    if (QFileInfo(path).isDir()) {
        config.error =
            QCoreApplication::translate("InfluxctlConfig", "this is a folder, not a file");
        return config;
    }
    if (file.size() > MaxConfigBytes) {
        config.error =
            QCoreApplication::translate("InfluxctlConfig", "the file is larger than %1 MiB")
                .arg(MaxConfigBytes / (1024 * 1024));
        return config;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        config.error = file.errorString();
        return config;
    }
    return parseInfluxctlConfig(file.read(MaxConfigBytes), path);
}

InfluxctlConfig parseInfluxctlConfig(const QByteArray &text, const QString &path) {
    InfluxctlConfig config;
    config.path = path;
    config.exists = true;
    if (const UnsafeCharacter unsafe = findUnsafeCharacter(text); unsafe.line > 0) {
        config.error = unsafe.afterLineEndingBackslash
                           ? QCoreApplication::translate(
                                 "InfluxctlConfig",
                                 "a line that follows a line-ending backslash must not start "
                                 "with a non-ASCII character (this TOML reader cannot take it)")
                           : QCoreApplication::translate(
                                 "InfluxctlConfig",
                                 "a non-ASCII character may stand only in a comment or in a "
                                 "quoted value after \"=\"");
        config.errorLine = unsafe.line;
        config.errorColumn = unsafe.column;
        return config;
    }
    toml::table root;
    try {
        const std::string source = path.toStdString();
        root = toml::parse(std::string_view(text.constData(), size_t(text.size())), source);
    } catch (const toml::parse_error &error) {
        config.error = fromStd(error.description());
        config.errorLine = int(error.source().begin.line);
        config.errorColumn = int(error.source().begin.column);
        return config;
    }

    const toml::node *profilesNode = root.get("profile");
    if (!profilesNode)
        return config;
    const toml::array *profiles = profilesNode->as_array();
    if (!profiles) {
        config.error = QCoreApplication::translate(
            "InfluxctlConfig", "\"profile\" must be an array of tables, written [[profile]]");
        config.errorLine = int(profilesNode->source().begin.line);
        config.errorColumn = int(profilesNode->source().begin.column);
        return config;
    }
    for (const toml::node &node : *profiles) {
        const toml::table *table = node.as_table();
        if (!table) {
            config.warnings.append(
                QCoreApplication::translate("InfluxctlConfig",
                                            "line %1: a profile must be a table; skipped")
                    .arg(node.source().begin.line));
            continue;
        }
        InfluxctlProfile profile;
        profile.line = int(node.source().begin.line);
        ProfileReader reader(*table, &profile, &config.warnings);
        reader.string("name", &profile.name);
        if (profile.name.isEmpty()) {
            config.warnings.append(
                QCoreApplication::translate("InfluxctlConfig",
                                            "line %1: a profile without a name; skipped")
                    .arg(profile.line));
            continue;
        }
        reader.string("product", &profile.product);
        reader.string("host", &profile.host);
        reader.port(&profile.port);
        reader.string("account_id", &profile.accountId);
        reader.string("cluster_id", &profile.clusterId);
        reader.string("mgmt_token", &profile.managementToken);
        if (const toml::table *tls = table->get_as<toml::table>("tls")) {
            reader.boolean("insecure", &profile.tls.insecure, *tls);
            reader.boolean("disable", &profile.tls.disable, *tls);
            reader.string("cert", &profile.tls.cert, tls);
            reader.string("key", &profile.tls.key, tls);
            reader.string("ca", &profile.tls.ca, tls);
        }
        if (const toml::table *auth = table->get_as<toml::table>("auth"))
            if (const toml::table *oauth2 = auth->get_as<toml::table>("oauth2"))
                reader.oauth2(*oauth2, &profile.oauth2);
        if (config.profile(profile.name)) {
            config.warnings.append(
                QCoreApplication::translate(
                    "InfluxctlConfig",
                    "line %1: a second profile named \"%2\"; the first one is used")
                    .arg(profile.line)
                    .arg(profile.name));
            continue;
        }
        config.profiles.append(profile);
    }
    return config;
}
