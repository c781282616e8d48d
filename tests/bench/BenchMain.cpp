// token-admin-bench: how fast and how small the token list is at 1,000 to 100,000 tokens,
// measured in one run beside the stock Qt path (QJsonDocument → QStandardItemModel →
// QSortFilterProxyModel) and the parsing floor (simdjson, memcpy) on the same bytes.
// Prints one table and writes it as JSON. Figures are medians and worsts of repetitions.
#include "ManagementApi.h"
#include "SandboxData.h"
#include "SandboxServer.h"
#include "TokenFilterModel.h"
#include "TokenJson.h"
#include "TokenStatus.h"
#include "TokenTableModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <vector>

#include <malloc.h>

#ifdef TOKENADMIN_HAVE_SIMDJSON
#include <simdjson.h>
#endif

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

template <typename F> double timeMs(F &&f) {
    const auto start = Clock::now();
    f();
    return msSince(start);
}

struct Sample {
    std::vector<double> values;
    void add(double v) { values.push_back(v); }
    bool empty() const { return values.empty(); }
    double median() const {
        if (values.empty())
            return 0;
        std::vector<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        const size_t n = sorted.size();
        return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
    double worst() const { return values.empty() ? 0 : *std::max_element(values.begin(), values.end()); }
};

struct Row {
    int size = 0;
    QString measure;
    QString unit = QStringLiteral("ms");
    Sample ours;
    Sample stock;
    QString note;
};

// The same fixed "now" for data and status, so every run sees the same list.
const QDateTime Now(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
const QString SearchWord = QStringLiteral("graf");

// Resident memory of this process, in MiB.
double residentMiB() {
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

void trimHeap() {
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    malloc_trim(0);
}

// Lets the view lay out and paint, as the event loop would before the next frame.
void paint(QTableView *view) {
    QCoreApplication::processEvents();
    view->viewport()->repaint();
}

// A table set up as the window's: rows selected whole, fixed row heights, sortable header.
std::unique_ptr<QTableView> makeView() {
    auto view = std::make_unique<QTableView>();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 14);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setStretchLastSection(false);
    view->resize(1036, 560); // the window's table beside its details panel
    view->show();
    return view;
}

void setWindowColumns(QTableView *view) {
    view->horizontalHeader()->setSectionResizeMode(TokenTableModel::DescriptionColumn,
                                                   QHeaderView::Stretch);
    view->setSortingEnabled(true);
    view->sortByColumn(TokenTableModel::IdColumn, Qt::AscendingOrder);
}

// ---- Our path ---------------------------------------------------------------------------

struct OurStack {
    TokenTableModel model;
    TokenFilterModel proxy;
    std::unique_ptr<QTableView> view;

    OurStack() {
        proxy.setSourceModel(&model);
        proxy.setShowInactive(true); // every row, as the stock path shows
        view = makeView();
        view->setModel(&proxy);
        setWindowColumns(view.get());
        paint(view.get());
    }
    void load(TokenStore tokens) {
        model.setTokens(std::move(tokens), Now);
        paint(view.get());
    }
};

// ---- The stock Qt path ------------------------------------------------------------------

enum StockColumn { SStatus, SDescription, SId, SDatabases, SCreated, SExpires, SColumns };

QString stockDate(const QString &rfc3339) {
    if (rfc3339.isEmpty())
        return QStringLiteral("Never");
    return QDateTime::fromString(rfc3339, Qt::ISODateWithMs)
        .toLocalTime()
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// What a typical Qt program does with the list: one QStandardItem per cell.
std::unique_ptr<QStandardItemModel> stockModel(const QJsonArray &array) {
    auto model = std::make_unique<QStandardItemModel>(int(array.size()), SColumns);
    model->setHorizontalHeaderLabels({QStringLiteral("Status"), QStringLiteral("Description"),
                                      QStringLiteral("Token ID"), QStringLiteral("Databases"),
                                      QStringLiteral("Created At"), QStringLiteral("Expires At")});
    int row = 0;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        const QString expires = object.value(QLatin1String("expiresAt")).toString();
        QString status = QStringLiteral("Active");
        if (!object.value(QLatin1String("revokedAt")).toString().isEmpty())
            status = QStringLiteral("Revoked");
        else if (!expires.isEmpty() && QDateTime::fromString(expires, Qt::ISODateWithMs) <= Now)
            status = QStringLiteral("Expired");
        QStringList databases;
        for (const QJsonValue &permission : object.value(QLatin1String("permissions")).toArray()) {
            const QString resource = permission.toObject().value(QLatin1String("resource")).toString();
            if (!databases.contains(resource))
                databases.append(resource);
        }
        model->setItem(row, SStatus, new QStandardItem(status));
        model->setItem(row, SDescription,
                       new QStandardItem(object.value(QLatin1String("description")).toString()));
        model->setItem(row, SId, new QStandardItem(object.value(QLatin1String("id")).toString()));
        model->setItem(row, SDatabases, new QStandardItem(databases.join(QStringLiteral(", "))));
        model->setItem(row, SCreated, new QStandardItem(stockDate(
                                          object.value(QLatin1String("createdAt")).toString())));
        model->setItem(row, SExpires, new QStandardItem(stockDate(expires)));
        ++row;
    }
    return model;
}

struct StockStack {
    std::unique_ptr<QStandardItemModel> model;
    QSortFilterProxyModel proxy;
    std::unique_ptr<QTableView> view;

    StockStack() {
        proxy.setFilterKeyColumn(-1);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setSortCaseSensitivity(Qt::CaseInsensitive);
        view = makeView();
        view->setModel(&proxy);
        paint(view.get());
    }
    void load(const QJsonArray &array) {
        auto fresh = stockModel(array);
        proxy.setSourceModel(fresh.get());
        model = std::move(fresh);
        setWindowColumns(view.get());
        paint(view.get());
    }
};

// ---- The floor --------------------------------------------------------------------------

#ifdef TOKENADMIN_HAVE_SIMDJSON
// Visits every field of every token, so nothing is skipped lazily.
size_t simdjsonVisitAll(simdjson::ondemand::parser &parser, const simdjson::padded_string &json) {
    size_t sink = 0;
    simdjson::ondemand::document doc = parser.iterate(json);
    for (simdjson::ondemand::object token : doc.get_array()) {
        for (simdjson::ondemand::field field : token) {
            const std::string_view key = field.unescaped_key();
            if (key == "permissions") {
                for (simdjson::ondemand::object permission : field.value().get_array()) {
                    for (simdjson::ondemand::field pf : permission)
                        sink += std::string_view(pf.value().get_string()).size();
                }
            } else {
                sink += std::string_view(field.value().get_string()).size();
            }
        }
    }
    return sink;
}
#endif

// ---- Loopback HTTP ----------------------------------------------------------------------

// The sandbox serves from its own thread, so its work is not counted as our stalls.
class SandboxThread : public QThread {
public:
    explicit SandboxThread(int tokens)
        : m_tokens(tokens) {}
    Endpoint endpoint() { return m_ready.get_future().get(); }

protected:
    void run() override {
        SandboxOptions options;
        options.generatedTokens = m_tokens;
        SandboxServer server(options);
        QString error;
        if (!server.start(0, &error))
            qFatal("sandbox: %s", qPrintable(error));
        Endpoint endpoint;
        endpoint.product = server.product();
        endpoint.apiUrl = server.apiUrl();
        endpoint.accountId = server.accountId();
        endpoint.clusterId = server.clusterId();
        endpoint.managementToken = server.managementToken();
        m_ready.set_value(endpoint);
        exec();
    }

private:
    int m_tokens;
    std::promise<Endpoint> m_ready;
};

// The longest the main thread went without running a 1 ms timer: a frozen frame's length.
class StallMeter : public QObject {
public:
    StallMeter() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longest = std::max(m_longest, msSince(m_last));
            m_last = Clock::now();
        });
    }
    void start() {
        m_longest = 0;
        m_last = Clock::now();
        m_timer.start();
    }
    double stop() {
        m_timer.stop();
        return std::max(m_longest, msSince(m_last));
    }

private:
    QTimer m_timer;
    Clock::time_point m_last;
    double m_longest = 0;
};

void waitFor(const bool &done) {
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

// ---- Running ----------------------------------------------------------------------------

struct Options {
    QList<int> sizes{1000, 10000, 100000};
    int reps = 5;
    QString jsonPath = QStringLiteral("bench-results.json");
    bool startup = true;
};

class Bench {
public:
    explicit Bench(Options options)
        : m_options(std::move(options)) {}

    void run() {
        for (int size : m_options.sizes)
            runSize(size);
        if (m_options.startup)
            runStartup(1000);
    }
    const std::deque<Row> &rows() const { return m_rows; }

private:
    Row &addRow(int size, const QString &measure) {
        Row &row = m_rows.emplace_back(); // a deque: earlier rows keep their address
        row.size = size;
        row.measure = measure;
        return row;
    }
    int stockReps(int size) const { return size >= 100000 ? std::min(m_options.reps, 3) : m_options.reps; }

    void runSize(int size);
    void runStartup(int size);

    Options m_options;
    std::deque<Row> m_rows;
};

void Bench::runSize(int size) {
    const int reps = m_options.reps;
    std::fprintf(stderr, "[bench] %d tokens\n", size);
    // With the room past the end that ManagementApi reads bodies with (simdjson's padding).
    const QByteArray bytes = [size] {
        QByteArray json = TokenJson::encodeTokenList(SandboxData::generateTokens(size, 42, Now));
        json.reserve(json.size() + TokenJson::ReadPadding);
        return json;
    }();

    // Floors.
    {
        Row &copy = addRow(size, QStringLiteral("floor: memcpy"));
        QByteArray target(bytes.size(), '\0');
        for (int i = 0; i < reps; ++i)
            copy.ours.add(timeMs([&] { std::memcpy(target.data(), bytes.constData(), size_t(bytes.size())); }));
        copy.note = QStringLiteral("%1 MiB of JSON").arg(bytes.size() / 1048576.0, 0, 'f', 1);
#ifdef TOKENADMIN_HAVE_SIMDJSON
        Row &simd = addRow(size, QStringLiteral("floor: simdjson parse"));
        simdjson::ondemand::parser parser;
        const simdjson::padded_string padded(bytes.constData(), size_t(bytes.size()));
        size_t sink = 0;
        for (int i = 0; i < reps; ++i)
            simd.ours.add(timeMs([&] { sink += simdjsonVisitAll(parser, padded); }));
        simd.note = QStringLiteral("every field visited (%1 chars)").arg(sink / size_t(reps));
#endif
    }

    // Decode.
    Row &decode = addRow(size, QStringLiteral("decode"));
    TokenStore tokens;
    for (int i = 0; i < reps; ++i) {
        decode.ours.add(timeMs([&] {
            TokenJson::ListResult result = TokenJson::decodeTokenList(bytes);
            tokens = std::move(result.tokens);
        }));
    }
    if (tokens.size() != size)
        qFatal("decoded %lld of %d tokens", qlonglong(tokens.size()), size);
    QJsonArray stockArray;
    for (int i = 0; i < stockReps(size); ++i)
        decode.stock.add(timeMs([&] { stockArray = QJsonDocument::fromJson(bytes).array(); }));
    decode.note = QStringLiteral("ours: typed tokens; stock: QJsonDocument");

    // Load into model and view, and decode + load together.
    Row &load = addRow(size, QStringLiteral("load (model + sorted view)"));
    Row &decodeLoad = addRow(size, QStringLiteral("decode + load"));
    for (int i = 0; i < reps; ++i) {
        OurStack stack;
        double decodeMs = 0;
        TokenStore decoded;
        decodeMs = timeMs([&] { decoded = TokenJson::decodeTokenList(bytes).tokens; });
        const double loadMs = timeMs([&] { stack.load(std::move(decoded)); });
        load.ours.add(loadMs);
        decodeLoad.ours.add(decodeMs + loadMs);
    }
    for (int i = 0; i < stockReps(size); ++i) {
        StockStack stack;
        QJsonArray array;
        const double decodeMs = timeMs([&] { array = QJsonDocument::fromJson(bytes).array(); });
        const double loadMs = timeMs([&] { stack.load(array); });
        load.stock.add(loadMs);
        decodeLoad.stock.add(decodeMs + loadMs);
    }

    {
        OurStack ours;
        ours.load(tokens);
        StockStack stock;
        stock.load(stockArray);

        // Sort by each column, from another order each time.
        const char *names[] = {"Status", "Description", "Token ID", "Databases", "Created At",
                               "Expires At"};
        for (int column = 0; column < int(TokenTableModel::OptionsColumn); ++column) {
            Row &sort = addRow(size, QStringLiteral("sort: %1").arg(QLatin1String(names[column])));
            const int other = column == TokenTableModel::CreatedColumn ? TokenTableModel::IdColumn
                                                                       : TokenTableModel::CreatedColumn;
            for (int i = 0; i < reps; ++i) {
                ours.view->sortByColumn(other, Qt::AscendingOrder);
                paint(ours.view.get());
                sort.ours.add(timeMs([&] {
                    ours.view->sortByColumn(column, Qt::AscendingOrder);
                    paint(ours.view.get());
                }));
            }
            for (int i = 0; i < stockReps(size); ++i) {
                stock.view->sortByColumn(other, Qt::AscendingOrder);
                paint(stock.view.get());
                sort.stock.add(timeMs([&] {
                    stock.view->sortByColumn(column, Qt::AscendingOrder);
                    paint(stock.view.get());
                }));
            }
        }
        ours.view->sortByColumn(TokenTableModel::IdColumn, Qt::AscendingOrder);
        stock.view->sortByColumn(SId, Qt::AscendingOrder);
        paint(ours.view.get());
        paint(stock.view.get());

        // Filter as you type: four keys typed, then erased, one at a time.
        QStringList keystrokes;
        for (int n = 1; n <= SearchWord.size(); ++n)
            keystrokes.append(SearchWord.left(n));
        for (int n = int(SearchWord.size()) - 1; n >= 0; --n)
            keystrokes.append(SearchWord.left(n));
        Row &type = addRow(size, QStringLiteral("filter: one keystroke"));
        int matches = 0;
        for (int i = 0; i < reps; ++i) {
            for (const QString &text : keystrokes) {
                type.ours.add(timeMs([&] {
                    ours.proxy.setFilterText(text);
                    paint(ours.view.get());
                }));
                if (text == SearchWord)
                    matches = ours.proxy.rowCount();
            }
        }
        int stockMatches = 0;
        for (int i = 0; i < stockReps(size); ++i) {
            for (const QString &text : keystrokes) {
                type.stock.add(timeMs([&] {
                    stock.proxy.setFilterFixedString(text);
                    paint(stock.view.get());
                }));
                if (text == SearchWord)
                    stockMatches = stock.proxy.rowCount();
            }
        }
        type.note = QStringLiteral("\"%1\" typed and erased; %2 rows match (stock: %3)")
                        .arg(SearchWord)
                        .arg(matches)
                        .arg(stockMatches);

        // Refresh: the same list again, keeping the selected token and the scroll position.
        Row &refresh = addRow(size, QStringLiteral("refresh (keeps selection, scroll)"));
        bool kept = true;
        for (int i = 0; i < reps; ++i) {
            QScrollBar *bar = ours.view->verticalScrollBar();
            bar->setValue(bar->maximum() / 2);
            ours.view->selectRow(ours.view->rowAt(40));
            const QString selected =
                ours.view->currentIndex().data(TokenTableModel::TokenIdRole).toString();
            const int scroll = bar->value();
            refresh.ours.add(timeMs([&] {
                const QString id = ours.view->selectionModel()->selectedRows().value(0).data(
                    TokenTableModel::TokenIdRole).toString();
                const int value = bar->value();
                ours.model.setTokens(tokens, Now);
                bar->setValue(value);
                const QModelIndex index =
                    ours.proxy.mapFromSource(ours.model.index(ours.model.rowOf(id), 0));
                ours.view->selectionModel()->setCurrentIndex(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                paint(ours.view.get());
            }));
            kept = kept && bar->value() == scroll &&
                   ours.view->selectionModel()->selectedRows().value(0).data(
                       TokenTableModel::TokenIdRole).toString() == selected;
        }
        for (int i = 0; i < stockReps(size); ++i) {
            QScrollBar *bar = stock.view->verticalScrollBar();
            bar->setValue(bar->maximum() / 2);
            stock.view->selectRow(stock.view->rowAt(40));
            refresh.stock.add(timeMs([&] {
                const QString id = stock.view->selectionModel()->selectedRows(SId).value(0).data().toString();
                const int value = bar->value();
                stock.load(stockArray);
                bar->setValue(value);
                const QModelIndexList found = stock.proxy.match(
                    stock.proxy.index(0, SId), Qt::DisplayRole, id, 1, Qt::MatchExactly);
                if (!found.isEmpty())
                    stock.view->selectionModel()->setCurrentIndex(
                        found.first(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                paint(stock.view.get());
            }));
        }
        refresh.note = kept ? QStringLiteral("selection and scroll kept")
                            : QStringLiteral("SELECTION OR SCROLL LOST");
    }

    // Memory: resident memory added by the decoded, loaded list.
    {
        Row &memory = addRow(size, QStringLiteral("memory added"));
        memory.unit = QStringLiteral("MiB");
        tokens = TokenStore();
        stockArray = {};
        for (int i = 0; i < std::min(reps, 3); ++i) {
            auto stack = std::make_unique<OurStack>();
            trimHeap();
            const double before = residentMiB();
            stack->load(TokenJson::decodeTokenList(bytes).tokens);
            trimHeap();
            memory.ours.add(residentMiB() - before);
            stack.reset();
            trimHeap();
        }
        for (int i = 0; i < std::min(stockReps(size), 3); ++i) {
            auto stack = std::make_unique<StockStack>();
            trimHeap();
            const double before = residentMiB();
            stack->load(QJsonDocument::fromJson(bytes).array());
            trimHeap();
            memory.stock.add(residentMiB() - before);
            stack.reset();
            trimHeap();
        }
        memory.note = QStringLiteral("VmRSS after minus before, malloc_trim around");
    }

    // End to end: GET over loopback HTTP to a painted table, and the longest frozen frame.
    {
        SandboxThread sandbox(size);
        sandbox.start();
        const Endpoint endpoint = sandbox.endpoint();
        QNetworkAccessManager network;
        ManagementApi api(&network, endpoint);
        Row &e2e = addRow(size, QStringLiteral("end to end (HTTP → painted)"));
        Row &stall = addRow(size, QStringLiteral("longest main-thread stall"));
        StallMeter meter;
        for (int i = 0; i < reps; ++i) {
            OurStack stack;
            bool done = false;
            meter.start();
            const auto start = Clock::now();
            api.listTokens(&stack.proxy, [&](const ApiResult<TokenList> &result) {
                if (!result.ok())
                    qFatal("list failed: %s", qPrintable(result.error.detail));
                stack.load(result.value.tokens);
                done = true;
            });
            waitFor(done);
            e2e.ours.add(msSince(start));
            stall.ours.add(meter.stop());
            if (stack.proxy.rowCount() != size)
                qFatal("end to end: %d rows of %d", stack.proxy.rowCount(), size);
        }
        for (int i = 0; i < stockReps(size); ++i) {
            StockStack stack;
            bool done = false;
            QNetworkRequest request(endpoint.tokensUrl());
            request.setRawHeader("Authorization", "Bearer " + endpoint.managementToken.toUtf8());
            meter.start();
            const auto start = Clock::now();
            QNetworkReply *reply = network.get(request);
            QObject::connect(reply, &QNetworkReply::finished, &stack.proxy, [&, reply] {
                stack.load(QJsonDocument::fromJson(reply->readAll()).array());
                reply->deleteLater();
                done = true;
            });
            waitFor(done);
            e2e.stock.add(msSince(start));
            stall.stock.add(meter.stop());
        }
        e2e.note = QStringLiteral("sandbox in another thread; ManagementApi, real QNAM");
        stall.note = QStringLiteral("lateness of a 1 ms timer during the load");
        sandbox.quit();
        sandbox.wait();
    }
    trimHeap();
}

void Bench::runStartup(int size) {
    std::fprintf(stderr, "[bench] start-up with %d tokens\n", size);
    Row &launch = addRow(size, QStringLiteral("start-up: launch → painted"));
    Row &inside = addRow(size, QStringLiteral("start-up: main() → painted"));
    for (int i = 0; i < m_options.reps; ++i) {
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("TOKENADMIN_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
        QProcess process;
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        std::optional<double> seen;
        QByteArray output;
        const auto start = Clock::now();
        QObject::connect(&process, &QProcess::readyReadStandardOutput, &process, [&] {
            output += process.readAllStandardOutput();
            if (!seen && output.contains("first-paint-ms="))
                seen = msSince(start);
        });
        process.start(QStringLiteral(TOKENADMIN_APP_PATH),
                      {QStringLiteral("--sandbox"), QStringLiteral("--tokens"), QString::number(size)});
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
        }
        output += process.readAllStandardOutput();
        const qsizetype at = output.indexOf("first-paint-ms=");
        if (!seen || at < 0) {
            launch.note = QStringLiteral("no first-paint figure: %1")
                              .arg(QString::fromLocal8Bit(process.readAllStandardError().left(200)));
            return;
        }
        launch.ours.add(*seen);
        inside.ours.add(output.mid(at + 15).split('\n').value(0).trimmed().toDouble());
    }
    launch.note = QStringLiteral("token-admin --sandbox --tokens %1, offscreen").arg(size);
    inside.note = QStringLiteral("as the program itself reports it");
}

// ---- Reporting --------------------------------------------------------------------------

QString figure(double value) {
    if (value >= 100)
        return QString::number(value, 'f', 0);
    if (value >= 10)
        return QString::number(value, 'f', 1);
    return QString::number(value, 'f', 2);
}

QString ratio(double ours, double other) {
    if (other <= 0)
        return QStringLiteral("-");
    return QString::number(ours / other, 'f', ours / other >= 10 ? 0 : 2) + QLatin1Char('x');
}

struct Floors {
    double memcpy = 0;
    double simdjson = 0;
};

Floors floorsFor(const std::deque<Row> &rows, int size) {
    Floors floors;
    for (const Row &row : rows) {
        if (row.size != size)
            continue;
        if (row.measure == QLatin1String("floor: memcpy"))
            floors.memcpy = row.ours.median();
        if (row.measure == QLatin1String("floor: simdjson parse"))
            floors.simdjson = row.ours.median();
    }
    return floors;
}

void printTable(const std::deque<Row> &rows) {
    std::printf("\n%-8s %-36s %-4s %10s %10s %10s %10s %9s %11s %10s  %s\n", "tokens", "measure",
                "unit", "ours med", "ours worst", "stock med", "stock wst", "vs stock",
                "vs simdjson", "vs memcpy", "note");
    for (const Row &row : rows) {
        const Floors floors = floorsFor(rows, row.size);
        const bool timed = row.unit == QLatin1String("ms");
        const bool isFloor = row.measure.startsWith(QLatin1String("floor"));
        std::printf("%-8d %-36s %-4s %10s %10s %10s %10s %9s %11s %10s  %s\n", row.size,
                    qPrintable(row.measure), qPrintable(row.unit), qPrintable(figure(row.ours.median())),
                    qPrintable(figure(row.ours.worst())),
                    row.stock.empty() ? "-" : qPrintable(figure(row.stock.median())),
                    row.stock.empty() ? "-" : qPrintable(figure(row.stock.worst())),
                    row.stock.empty() ? "-" : qPrintable(ratio(row.ours.median(), row.stock.median())),
                    timed && !isFloor ? qPrintable(ratio(row.ours.median(), floors.simdjson)) : "-",
                    timed && !isFloor ? qPrintable(ratio(row.ours.median(), floors.memcpy)) : "-",
                    qPrintable(row.note));
    }
}

const Row *find(const std::deque<Row> &rows, int size, const QString &measure) {
    for (const Row &row : rows) {
        if (row.size == size && row.measure == measure)
            return &row;
    }
    return nullptr;
}

struct Verdict {
    QString target;
    QString figure;
    bool met = false;
};

std::vector<Verdict> verdicts(const std::deque<Row> &rows, int size) {
    std::vector<Verdict> out;
    const Floors floors = floorsFor(rows, size);
    if (const Row *row = find(rows, size, QStringLiteral("decode + load")); row && floors.simdjson > 0)
        out.push_back({QStringLiteral("decode + load <= 3x simdjson (%1 tokens)").arg(size),
                       ratio(row->ours.median(), floors.simdjson),
                       row->ours.median() <= 3 * floors.simdjson});
    if (const Row *row = find(rows, size, QStringLiteral("filter: one keystroke")))
        out.push_back({QStringLiteral("keystroke worst <= 16 ms"), figure(row->ours.worst()) + " ms",
                       row->ours.worst() <= 16});
    double sortWorst = 0;
    for (const Row &row : rows) {
        if (row.size == size && row.measure.startsWith(QLatin1String("sort: ")))
            sortWorst = std::max(sortWorst, row.ours.median());
    }
    out.push_back({QStringLiteral("sort by any column <= 100 ms (median of slowest column)"),
                   figure(sortWorst) + " ms", sortWorst <= 100});
    if (const Row *row = find(rows, size, QStringLiteral("memory added")))
        out.push_back({QStringLiteral("memory added <= 100 MiB"), figure(row->ours.median()) + " MiB",
                       row->ours.median() <= 100});
    if (const Row *row = find(rows, size, QStringLiteral("longest main-thread stall")))
        out.push_back({QStringLiteral("longest stall during load <= 100 ms"),
                       figure(row->ours.worst()) + " ms", row->ours.worst() <= 100});
    if (const Row *row = find(rows, 1000, QStringLiteral("start-up: launch → painted")); row && !row->ours.empty())
        out.push_back({QStringLiteral("start-up to populated window, 1,000 tokens <= 300 ms"),
                       figure(row->ours.median()) + " ms", row->ours.median() <= 300});
    bool ahead = true;
    QString behind;
    for (const Row &row : rows) {
        if (row.size == size && !row.stock.empty() && row.ours.median() >= row.stock.median()) {
            ahead = false;
            behind += (behind.isEmpty() ? QString() : QStringLiteral(", ")) + row.measure;
        }
    }
    out.push_back({QStringLiteral("every figure ahead of the stock Qt path"),
                   ahead ? QStringLiteral("yes") : QStringLiteral("no: ") + behind, ahead});
    return out;
}

QJsonObject sampleJson(const Sample &sample) {
    QJsonArray values;
    for (double v : sample.values)
        values.append(v);
    return {{QStringLiteral("median"), sample.median()},
            {QStringLiteral("worst"), sample.worst()},
            {QStringLiteral("values"), values}};
}

void writeJson(const std::deque<Row> &rows, const std::vector<Verdict> &targets, const QString &path) {
    QJsonArray array;
    for (const Row &row : rows) {
        const Floors floors = floorsFor(rows, row.size);
        QJsonObject object{{QStringLiteral("tokens"), row.size},
                           {QStringLiteral("measure"), row.measure},
                           {QStringLiteral("unit"), row.unit},
                           {QStringLiteral("ours"), sampleJson(row.ours)},
                           {QStringLiteral("note"), row.note}};
        if (!row.stock.empty()) {
            object.insert(QStringLiteral("stock"), sampleJson(row.stock));
            object.insert(QStringLiteral("vsStock"), row.ours.median() / row.stock.median());
        }
        if (row.unit == QLatin1String("ms") && !row.measure.startsWith(QLatin1String("floor"))) {
            if (floors.simdjson > 0)
                object.insert(QStringLiteral("vsSimdjson"), row.ours.median() / floors.simdjson);
            if (floors.memcpy > 0)
                object.insert(QStringLiteral("vsMemcpy"), row.ours.median() / floors.memcpy);
        }
        array.append(object);
    }
    QJsonArray verdictArray;
    for (const Verdict &v : targets)
        verdictArray.append(QJsonObject{{QStringLiteral("target"), v.target},
                                        {QStringLiteral("figure"), v.figure},
                                        {QStringLiteral("met"), v.met}});
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("rows"), array},
                                             {QStringLiteral("targets"), verdictArray}})
                       .toJson());
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Token Admin's list at scale, beside the stock Qt path."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("sizes"), QStringLiteral("Comma-separated token counts."), QStringLiteral("list"),
         QStringLiteral("1000,10000,100000")},
        {QStringLiteral("reps"), QStringLiteral("Repetitions per figure."), QStringLiteral("n"),
         QStringLiteral("5")},
        {QStringLiteral("json"), QStringLiteral("Where to write the table as JSON."), QStringLiteral("file"),
         QStringLiteral("bench-results.json")},
        {QStringLiteral("no-startup"), QStringLiteral("Skip the start-up measurement.")},
    });
    parser.process(app);
    Options options;
    options.sizes.clear();
    for (const QString &size : parser.value(QStringLiteral("sizes")).split(QLatin1Char(',')))
        options.sizes.append(size.toInt());
    options.reps = std::max(1, parser.value(QStringLiteral("reps")).toInt());
    options.jsonPath = parser.value(QStringLiteral("json"));
    options.startup = !parser.isSet(QStringLiteral("no-startup"));

    Bench bench(options);
    bench.run();
    printTable(bench.rows());
    const std::vector<Verdict> targets = verdicts(bench.rows(), options.sizes.last());
    std::printf("\nTargets at %d tokens:\n", options.sizes.last());
    for (const Verdict &v : targets)
        std::printf("  [%s] %-58s %s\n", v.met ? "met" : "MISSED", qPrintable(v.target),
                    qPrintable(v.figure));
    writeJson(bench.rows(), targets, options.jsonPath);
    std::printf("\nJSON: %s\n", qPrintable(options.jsonPath));
    return 0;
}
