// token-admin-bench: how fast and how small the token list is at 1,000 to 100,000 tokens,
// measured in one run beside two Qt baselines and the parsing floor (simdjson, memcpy) on the
// same bytes. The careful baseline is what a Qt developer who knows the item views writes
// (QJsonDocument → QList<Token> → a lazy QAbstractTableModel → QSortFilterProxyModel matching
// description and ID, dynamic sort on); the naive one puts a QStandardItem in every cell.
// Prints one table and writes it as JSON. Figures are medians and worsts of repetitions.
#include "BulkRevoke.h"
#include "BulkRevokeDialog.h"
#include "CarefulFilterModel.h"
#include "CarefulTokenModel.h"
#include "ChangeHistory.h"
#include "DatabaseAccessModel.h"
#include "MainWindow.h"
#include "ManagementApi.h"
#include "SandboxData.h"
#include "SandboxServer.h"
#include "TokenFilterModel.h"
#include "TokenJson.h"
#include "TokenSession.h"
#include "TokenStatus.h"
#include "TokenTableModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
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
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <deque>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

#include <dirent.h>
#include <malloc.h>
#include <unistd.h>

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
    double worst() const {
        return values.empty() ? 0 : *std::max_element(values.begin(), values.end());
    }
};

struct Row {
    int size = 0;
    QString measure;
    QString unit = QStringLiteral("ms");
    Sample ours;
    Sample careful; // QJsonDocument → QList<Token> → lazy table model → QSortFilterProxyModel
    Sample naive;   // QJsonDocument → QStandardItemModel, an item per cell
    QString note;
    QJsonObject extra; // written to the JSON as it is
};

// The same fixed "now" for data and status, so every run sees the same list.
const QDateTime Now(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);

// What people type into the search field: words from descriptions, a ticket, a site, and the
// start of a token ID (added at run time). Each is typed a key at a time; its first key
// replaces the word before (select all, type), and the field is cleared at the end.
const QStringList SearchWords{QStringLiteral("grafana"),     QStringLiteral("nightly"),
                              QStringLiteral("ops-47"),      QStringLiteral("eu-west"),
                              QStringLiteral("replication"), QStringLiteral("plant 4")};

QStringList keystrokesFor(const QStringList &words, int rotation) {
    QStringList keys;
    for (qsizetype w = 0; w < words.size(); ++w) {
        const QString &word = words.at((w + rotation) % words.size());
        for (qsizetype n = 1; n <= word.size(); ++n)
            keys.append(word.left(n));
    }
    keys.append(QString());
    return keys;
}

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

// How many threads did work while `work` ran: a sampler reads each thread's run time from
// /proc/self/task/*/schedstat. The calling thread counts; another counts when it ran at least
// a tenth of the calling thread's time (idle pool threads wake now and then). Run apart from
// the timed repetitions, since the sampler takes a core of its own.
qint64 threadRunNs(pid_t tid) {
    char path[64];
    std::snprintf(path, sizeof path, "/proc/self/task/%d/schedstat", int(tid));
    FILE *file = std::fopen(path, "r");
    if (!file)
        return -1;
    long long ns = -1;
    if (std::fscanf(file, "%lld", &ns) != 1)
        ns = -1;
    std::fclose(file);
    return ns;
}

int threadsUsed(const std::function<void()> &work) {
    struct Seen {
        qint64 first = 0;
        qint64 last = 0;
        bool before = false; // there when the work started
    };
    std::map<pid_t, Seen> seen;
    std::atomic<bool> stop{false};
    std::atomic<bool> ready{false};
    std::atomic<pid_t> samplerTid{0};
    const pid_t self = gettid();
    auto scan = [&](bool before) {
        DIR *dir = opendir("/proc/self/task");
        if (!dir)
            return;
        while (dirent *entry = readdir(dir)) {
            const pid_t tid = pid_t(std::atoi(entry->d_name));
            if (tid <= 0 || tid == samplerTid)
                continue;
            const qint64 ns = threadRunNs(tid);
            if (ns < 0)
                continue;
            auto [it, inserted] = seen.try_emplace(tid, Seen{ns, ns, before});
            if (!inserted)
                it->second.last = ns;
            else if (!before)
                it->second.first = 0; // born during the work: all its time is the work's
        }
        closedir(dir);
    };
    std::thread sampler([&] {
        samplerTid = gettid();
        scan(true);
        ready = true;
        while (!stop) {
            scan(false);
            std::this_thread::sleep_for(std::chrono::microseconds(100));
        }
        scan(false);
    });
    while (!ready)
        std::this_thread::yield();
    work();
    stop = true;
    sampler.join();
    const qint64 mine = seen.count(self) ? seen[self].last - seen[self].first : 0;
    int threads = 1;
    for (const auto &[tid, s] : seen) {
        if (tid != self && s.last - s.first >= std::max<qint64>(mine / 10, 100000))
            ++threads;
    }
    return threads;
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
        proxy.setShowInactive(true); // every row, as the baselines show
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

// ---- The naive Qt path ------------------------------------------------------------------

enum NaiveColumn { SStatus, SDescription, SId, SDatabases, SCreated, SExpires, SColumns };

QString naiveDate(const QString &rfc3339) {
    if (rfc3339.isEmpty())
        return QStringLiteral("Never");
    return QDateTime::fromString(rfc3339, Qt::ISODateWithMs)
        .toLocalTime()
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// The quickest thing to write: one QStandardItem per cell, made up front.
std::unique_ptr<QStandardItemModel> naiveModel(const QJsonArray &array) {
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
            const QString resource =
                permission.toObject().value(QLatin1String("resource")).toString();
            if (!databases.contains(resource))
                databases.append(resource);
        }
        model->setItem(row, SStatus, new QStandardItem(status));
        model->setItem(row, SDescription,
                       new QStandardItem(object.value(QLatin1String("description")).toString()));
        model->setItem(row, SId, new QStandardItem(object.value(QLatin1String("id")).toString()));
        model->setItem(row, SDatabases, new QStandardItem(databases.join(QStringLiteral(", "))));
        model->setItem(
            row, SCreated,
            new QStandardItem(naiveDate(object.value(QLatin1String("createdAt")).toString())));
        model->setItem(row, SExpires, new QStandardItem(naiveDate(expires)));
        ++row;
    }
    return model;
}

struct NaiveStack {
    std::unique_ptr<QStandardItemModel> model;
    QSortFilterProxyModel proxy;
    std::unique_ptr<QTableView> view;

    NaiveStack() {
        proxy.setFilterKeyColumn(-1);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setSortCaseSensitivity(Qt::CaseInsensitive);
        view = makeView();
        view->setModel(&proxy);
        paint(view.get());
    }
    void load(const QJsonArray &array) {
        auto fresh = naiveModel(array);
        proxy.setSourceModel(fresh.get());
        model = std::move(fresh);
        setWindowColumns(view.get());
        paint(view.get());
    }
};

// ---- The careful Qt path ----------------------------------------------------------------

struct CarefulStack {
    CarefulTokenModel model{Now};
    CarefulFilterModel proxy;
    std::unique_ptr<QTableView> view;

    CarefulStack() {
        proxy.setTokenModel(&model);
        view = makeView();
        view->setModel(&proxy);
        setWindowColumns(view.get());
        paint(view.get());
    }
    void load(QList<Token> tokens) {
        model.setTokens(std::move(tokens));
        paint(view.get());
    }
};

// The search index Token Admin folds on another thread once the list is painted: wait for
// it as a user reading the list would, or (a short list, folded on the first search) make it.
void waitForSearchIndex(TokenFilterModel &proxy) {
    const auto start = Clock::now();
    QTimer tick;
    tick.start(10); // wakes the wait below even when nothing else happens
    while (!proxy.hasSearchIndex() && msSince(start) < 1000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (!proxy.hasSearchIndex()) {
        const QString text = proxy.filterText();
        proxy.setFilterText(text + QLatin1Char('x'));
        proxy.setFilterText(text);
    }
    if (!proxy.hasSearchIndex())
        qFatal("no search index after a search");
}

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
    // `exact`, when given, replaces the generated tokens.
    explicit SandboxThread(int tokens, QList<Token> exact = {})
        : m_tokens(tokens)
        , m_exact(std::move(exact)) {}
    Endpoint endpoint() { return m_ready.get_future().get(); }

protected:
    void run() override {
        SandboxOptions options;
        options.generatedTokens = m_tokens;
        SandboxServer server(options);
        QString error;
        if (!server.start(0, &error))
            qFatal("sandbox: %s", qPrintable(error));
        if (!m_exact.isEmpty())
            server.setTokens(m_exact);
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
    QList<Token> m_exact;
    std::promise<Endpoint> m_ready;
};

// The longest the main thread went without running a 1 ms timer: a frozen frame's length.
class StallMeter : public QObject {
public:
    StallMeter() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double gap = msSince(m_last);
            const double cpu = cpuMs() - m_lastCpu;
            if (gap > m_longest) {
                m_longest = gap;
                m_longestCpu = cpu;
            }
            m_last = Clock::now();
            m_lastCpu = cpuMs();
        });
    }
    void start() {
        m_longest = 0;
        m_longestCpu = 0;
        m_last = Clock::now();
        m_lastCpu = cpuMs();
        m_timer.start();
    }
    double stop() {
        m_timer.stop();
        if (msSince(m_last) > m_longest) {
            m_longest = msSince(m_last);
            m_longestCpu = cpuMs() - m_lastCpu;
        }
        return m_longest;
    }
    // How much of the longest stall this thread spent on the CPU: the rest it was waiting
    // for one (other programs' load), not working.
    double longestCpuMs() const { return m_longestCpu; }

private:
    static double cpuMs() {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
    }

    QTimer m_timer;
    Clock::time_point m_last;
    double m_longest = 0;
    double m_lastCpu = 0;
    double m_longestCpu = 0;
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
    bool bulk = true;
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
        if (m_options.bulk)
            runBulkRevoke(1000);
    }
    const std::deque<Row> &rows() const { return m_rows; }

private:
    Row &addRow(int size, const QString &measure) {
        Row &row = m_rows.emplace_back(); // a deque: earlier rows keep their address
        row.size = size;
        row.measure = measure;
        return row;
    }
    // The naive path takes seconds a step at 100,000 tokens: fewer repetitions there.
    int naiveReps(int size) const {
        return size >= 100000 ? std::min(m_options.reps, 3) : m_options.reps;
    }

    void runSize(int size);
    void runStartup(int size);
    void runBulkRevoke(int size);

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
            copy.ours.add(timeMs(
                [&] { std::memcpy(target.data(), bytes.constData(), size_t(bytes.size())); }));
        copy.note = QStringLiteral("%1 MiB of JSON").arg(bytes.size() / 1048576.0, 0, 'f', 1);
#ifdef TOKENADMIN_HAVE_SIMDJSON
        Row &simd = addRow(size, QStringLiteral("floor: simdjson parse"));
        simdjson::ondemand::parser parser;
        const simdjson::padded_string padded(bytes.constData(), size_t(bytes.size()));
        size_t sink = 0;
        for (int i = 0; i < reps; ++i)
            simd.ours.add(timeMs([&] { sink += simdjsonVisitAll(parser, padded); }));
        simd.note =
            QStringLiteral("every field visited (%1 chars), 1 thread").arg(sink / size_t(reps));
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
    QList<Token> carefulTokens;
    for (int i = 0; i < reps; ++i)
        decode.careful.add(timeMs([&] { carefulTokens = CarefulTokenModel::decode(bytes); }));
    if (carefulTokens.size() != size)
        qFatal("careful path decoded %lld of %d tokens", qlonglong(carefulTokens.size()), size);
    QJsonArray naiveArray;
    for (int i = 0; i < naiveReps(size); ++i)
        decode.naive.add(timeMs([&] { naiveArray = QJsonDocument::fromJson(bytes).array(); }));
    {
        const int oursThreads = threadsUsed([&] { TokenJson::decodeTokenList(bytes); });
        const int carefulThreads = threadsUsed([&] { CarefulTokenModel::decode(bytes); });
        const int naiveThreads = threadsUsed([&] { QJsonDocument::fromJson(bytes); });
        decode.note = QStringLiteral("threads: ours %1, careful %2, naive %3; ours: typed tokens; "
                                     "careful: QJsonDocument + QList<Token>; naive: QJsonDocument")
                          .arg(oursThreads)
                          .arg(carefulThreads)
                          .arg(naiveThreads);
        decode.extra.insert(QStringLiteral("threads"),
                            QJsonObject{{QStringLiteral("ours"), oursThreads},
                                        {QStringLiteral("careful"), carefulThreads},
                                        {QStringLiteral("naive"), naiveThreads}});
    }

    // Load into model and view, and decode + load together.
    Row &load = addRow(size, QStringLiteral("load (model + sorted view)"));
    Row &decodeLoad = addRow(size, QStringLiteral("decode + load"));
    for (int i = 0; i < reps; ++i) {
        OurStack stack;
        TokenStore decoded;
        const double decodeMs = timeMs([&] { decoded = TokenJson::decodeTokenList(bytes).tokens; });
        const double loadMs = timeMs([&] { stack.load(std::move(decoded)); });
        load.ours.add(loadMs);
        decodeLoad.ours.add(decodeMs + loadMs);
    }
    for (int i = 0; i < reps; ++i) {
        CarefulStack stack;
        QList<Token> decoded;
        const double decodeMs = timeMs([&] { decoded = CarefulTokenModel::decode(bytes); });
        const double loadMs = timeMs([&] { stack.load(std::move(decoded)); });
        load.careful.add(loadMs);
        decodeLoad.careful.add(decodeMs + loadMs);
    }
    for (int i = 0; i < naiveReps(size); ++i) {
        NaiveStack stack;
        QJsonArray array;
        const double decodeMs = timeMs([&] { array = QJsonDocument::fromJson(bytes).array(); });
        const double loadMs = timeMs([&] { stack.load(array); });
        load.naive.add(loadMs);
        decodeLoad.naive.add(decodeMs + loadMs);
    }
    decodeLoad.note = QStringLiteral("painted, sorted by token ID");

    {
        OurStack ours;
        ours.load(tokens);
        CarefulStack careful;
        careful.load(carefulTokens);
        NaiveStack naive;
        naive.load(naiveArray);

        // Sort by each column, from another order each time.
        const char *names[] = {"Status",     "Description", "Token ID", "Databases",
                               "Created At", "Expires At",  "Flags"};
        static_assert(std::size(names) == TokenTableModel::OptionsColumn);
        for (int column = 0; column < int(TokenTableModel::OptionsColumn); ++column) {
            Row &sort = addRow(size, QStringLiteral("sort: %1").arg(QLatin1String(names[column])));
            const int other = column == TokenTableModel::CreatedColumn
                                  ? TokenTableModel::IdColumn
                                  : TokenTableModel::CreatedColumn;
            auto measure = [&](QTableView *view, Sample &sample, int times) {
                for (int i = 0; i < times; ++i) {
                    view->sortByColumn(other, Qt::AscendingOrder);
                    paint(view);
                    sample.add(timeMs([&] {
                        view->sortByColumn(column, Qt::AscendingOrder);
                        paint(view);
                    }));
                }
            };
            measure(ours.view.get(), sort.ours, reps);
            // The Qt paths show the portal's columns: no Flags column to sort.
            if (column < careful.view->model()->columnCount())
                measure(careful.view.get(), sort.careful, reps);
            if (column < naive.view->model()->columnCount())
                measure(naive.view.get(), sort.naive, naiveReps(size));
        }
        for (QTableView *view : {ours.view.get(), careful.view.get(), naive.view.get()}) {
            view->sortByColumn(TokenTableModel::IdColumn, Qt::AscendingOrder);
            paint(view);
        }

        // Filter as you type: varied words, each typed a key at a time, over a list whose
        // search index is made. Another word order each repetition.
        waitForSearchIndex(ours.proxy);
        QStringList words = SearchWords;
        words.append(tokens.id(qsizetype(size / 2)).toString().left(8)); // the start of an ID
        Row &type = addRow(size, QStringLiteral("filter: one keystroke"));
        QString matchCounts;
        std::vector<int> oursCounts; // rows shown after each key of the first round
        int keys = 0;
        for (int i = 0; i < reps; ++i) {
            const QStringList keystrokes = keystrokesFor(words, i);
            keys = int(keystrokes.size());
            for (const QString &text : keystrokes) {
                type.ours.add(timeMs([&] {
                    ours.proxy.setFilterText(text);
                    paint(ours.view.get());
                }));
                if (i > 0)
                    continue;
                oursCounts.push_back(ours.proxy.rowCount());
                if (words.contains(text))
                    matchCounts +=
                        QStringLiteral("%1\"%2\" %3")
                            .arg(matchCounts.isEmpty() ? QString() : QStringLiteral(", "), text)
                            .arg(ours.proxy.rowCount());
            }
        }
        bool sameRows = true; // the careful path shows as many rows as ours after every key
        for (int i = 0; i < reps; ++i) {
            const QStringList keystrokes = keystrokesFor(words, i);
            for (qsizetype k = 0; k < keystrokes.size(); ++k) {
                type.careful.add(timeMs([&] {
                    careful.proxy.setFilterText(keystrokes.at(k));
                    paint(careful.view.get());
                }));
                if (i == 0)
                    sameRows = sameRows && careful.proxy.rowCount() == oursCounts[size_t(k)];
            }
        }
        // Far slower: once over the words at 100,000 tokens.
        const int naiveTyping = size >= 100000 ? 1 : naiveReps(size);
        for (int i = 0; i < naiveTyping; ++i) {
            for (const QString &text : keystrokesFor(words, i)) {
                type.naive.add(timeMs([&] {
                    naive.proxy.setFilterFixedString(text);
                    paint(naive.view.get());
                }));
            }
        }
        type.note = QStringLiteral("%1 words, %2 keys a round, search index made; careful path "
                                   "%3; rows matching: %4")
                        .arg(words.size())
                        .arg(keys)
                        .arg(sameRows ? QStringLiteral("shows the same rows")
                                      : QStringLiteral("SHOWS OTHER ROWS"),
                             matchCounts);

        // Quick filters and the database filter, on the list as typed last cleared. The Qt
        // paths have neither: a filter over statuses and permissions is Token Admin's own.
        ours.proxy.setFilterText({});
        paint(ours.view.get());
        int countsDuringTyping = 0;
        {
            const QMetaObject::Connection counting =
                QObject::connect(&ours.proxy, &TokenFilterModel::countsChanged,
                                 [&countsDuringTyping] { ++countsDuringTyping; });
            for (const QString &text : keystrokesFor(words, 0))
                ours.proxy.setFilterText(text);
            ours.proxy.setFilterText({});
            QObject::disconnect(counting);
        }
        type.note +=
            QStringLiteral("; chip counts made again while typing: %1").arg(countsDuringTyping);
        Row &chip = addRow(size, QStringLiteral("filter: toggle a chip"));
        using TokenFilter::QuickFilter;
        const std::vector<TokenFilter::QuickFilters> chips{QuickFilter::ExpiringSoon,
                                                           QuickFilter::NeverExpires |
                                                               QuickFilter::AllDatabases,
                                                           QuickFilter::Revoked,
                                                           QuickFilter::NoPermissions,
                                                           {}};
        for (int i = 0; i < reps; ++i) {
            for (const TokenFilter::QuickFilters filters : chips) {
                chip.ours.add(timeMs([&] {
                    ours.proxy.setQuickFilters(filters);
                    paint(ours.view.get());
                }));
            }
        }
        chip.note = QStringLiteral("no Qt baseline: the Qt paths have no quick filters");
        Row &database = addRow(size, QStringLiteral("filter: choose a database"));
        const QStringList databaseChoices{QStringLiteral("telemetry"), QStringLiteral("billing"),
                                          QStringLiteral("db_17"), QString()};
        for (int i = 0; i < reps; ++i) {
            for (const QString &name : databaseChoices) {
                for (TokenFilter::Access access :
                     {TokenFilter::Access::Any, TokenFilter::Access::Write}) {
                    database.ours.add(timeMs([&] {
                        ours.proxy.setDatabaseFilter(name, access);
                        paint(ours.view.get());
                    }));
                }
            }
        }
        database.note = QStringLiteral("no Qt baseline: the Qt paths have no database filter");
        Row &access = addRow(size, QStringLiteral("who can reach a database (recount)"));
        for (int i = 0; i < reps; ++i) {
            access.ours.add(timeMs([&] {
                const auto entries = DatabaseAccessModel::count(ours.model);
                Q_UNUSED(entries);
            }));
        }
        access.note = QStringLiteral("every database's readers and writers, once per list change");

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
                const QString id = ours.view->selectionModel()
                                       ->selectedRows()
                                       .value(0)
                                       .data(TokenTableModel::TokenIdRole)
                                       .toString();
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
                   ours.view->selectionModel()
                           ->selectedRows()
                           .value(0)
                           .data(TokenTableModel::TokenIdRole)
                           .toString() == selected;
        }
        for (int i = 0; i < reps; ++i) {
            QScrollBar *bar = careful.view->verticalScrollBar();
            bar->setValue(bar->maximum() / 2);
            careful.view->selectRow(careful.view->rowAt(40));
            refresh.careful.add(timeMs([&] {
                const QString id = careful.view->selectionModel()
                                       ->selectedRows(TokenTableModel::IdColumn)
                                       .value(0)
                                       .data()
                                       .toString();
                const int value = bar->value();
                careful.model.setTokens(carefulTokens);
                bar->setValue(value);
                const QModelIndex index =
                    careful.proxy.mapFromSource(careful.model.index(careful.model.rowOf(id), 0));
                careful.view->selectionModel()->setCurrentIndex(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                paint(careful.view.get());
            }));
        }
        for (int i = 0; i < naiveReps(size); ++i) {
            QScrollBar *bar = naive.view->verticalScrollBar();
            bar->setValue(bar->maximum() / 2);
            naive.view->selectRow(naive.view->rowAt(40));
            refresh.naive.add(timeMs([&] {
                const QString id =
                    naive.view->selectionModel()->selectedRows(SId).value(0).data().toString();
                const int value = bar->value();
                naive.load(naiveArray);
                bar->setValue(value);
                const QModelIndexList found = naive.proxy.match(
                    naive.proxy.index(0, SId), Qt::DisplayRole, id, 1, Qt::MatchExactly);
                if (!found.isEmpty())
                    naive.view->selectionModel()->setCurrentIndex(
                        found.first(),
                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                paint(naive.view.get());
            }));
        }
        refresh.note = kept ? QStringLiteral("selection and scroll kept")
                            : QStringLiteral("SELECTION OR SCROLL LOST");
    }

    // Memory: resident memory added by the decoded, loaded, painted list; for Token Admin
    // once its search index is made.
    {
        Row &memory = addRow(size, QStringLiteral("memory added"));
        memory.unit = QStringLiteral("MiB");
        tokens = TokenStore();
        carefulTokens = {};
        naiveArray = {};
        for (int i = 0; i < std::min(reps, 3); ++i) {
            auto stack = std::make_unique<OurStack>();
            trimHeap();
            const double before = residentMiB();
            stack->load(TokenJson::decodeTokenList(bytes).tokens);
            waitForSearchIndex(stack->proxy);
            trimHeap();
            memory.ours.add(residentMiB() - before);
            stack.reset();
            trimHeap();
        }
        for (int i = 0; i < std::min(reps, 3); ++i) {
            auto stack = std::make_unique<CarefulStack>();
            trimHeap();
            const double before = residentMiB();
            stack->load(CarefulTokenModel::decode(bytes));
            trimHeap();
            memory.careful.add(residentMiB() - before);
            stack.reset();
            trimHeap();
        }
        for (int i = 0; i < std::min(naiveReps(size), 3); ++i) {
            auto stack = std::make_unique<NaiveStack>();
            trimHeap();
            const double before = residentMiB();
            stack->load(QJsonDocument::fromJson(bytes).array());
            trimHeap();
            memory.naive.add(residentMiB() - before);
            stack.reset();
            trimHeap();
        }
        memory.note = QStringLiteral("VmRSS after minus before, malloc_trim around; ours with "
                                     "its search index made");
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
        // A baseline's plain GET, its body handed to `load`.
        auto plainGet = [&](QObject *context, const std::function<void(const QByteArray &)> &load,
                            Sample &e2eSample, Sample &stallSample) {
            bool done = false;
            QNetworkRequest request(endpoint.tokensUrl());
            request.setRawHeader("Authorization", "Bearer " + endpoint.managementToken.toUtf8());
            meter.start();
            const auto start = Clock::now();
            QNetworkReply *reply = network.get(request);
            QObject::connect(reply, &QNetworkReply::finished, context, [&, reply] {
                load(reply->readAll());
                reply->deleteLater();
                done = true;
            });
            waitFor(done);
            e2eSample.add(msSince(start));
            stallSample.add(meter.stop());
        };
        for (int i = 0; i < reps; ++i) {
            CarefulStack stack;
            plainGet(
                &stack.proxy,
                [&](const QByteArray &body) { stack.load(CarefulTokenModel::decode(body)); },
                e2e.careful, stall.careful);
            if (stack.proxy.rowCount() != size)
                qFatal("end to end, careful: %d rows of %d", stack.proxy.rowCount(), size);
        }
        for (int i = 0; i < naiveReps(size); ++i) {
            NaiveStack stack;
            plainGet(
                &stack.proxy,
                [&](const QByteArray &body) { stack.load(QJsonDocument::fromJson(body).array()); },
                e2e.naive, stall.naive);
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
        process.start(
            QStringLiteral(TOKENADMIN_APP_PATH),
            {QStringLiteral("--sandbox"), QStringLiteral("--tokens"), QString::number(size)});
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
        }
        output += process.readAllStandardOutput();
        const qsizetype at = output.indexOf("first-paint-ms=");
        if (!seen || at < 0) {
            launch.note =
                QStringLiteral("no first-paint figure: %1")
                    .arg(QString::fromLocal8Bit(process.readAllStandardError().left(200)));
            return;
        }
        launch.ours.add(*seen);
        inside.ours.add(output.mid(at + 15).split('\n').value(0).trimmed().toDouble());
    }
    launch.note = QStringLiteral("token-admin --sandbox --tokens %1, offscreen").arg(size);
    inside.note = QStringLiteral("as the program itself reports it");
}

QString figure(double value);

// The real window revoking `size` tokens at once, as a user does it: all selected, Revoke,
// the risk ticked, Revoke N tokens. Every DELETE is recorded in a history file first, and
// each confirmed one is read again, as for a single revoke.
void Bench::runBulkRevoke(int size) {
    std::fprintf(stderr, "[bench] bulk revoke of %d tokens\n", size);
    Row &total = addRow(size, QStringLiteral("bulk revoke: total"));
    Row &stall = addRow(size, QStringLiteral("bulk revoke: longest stall"));
    QList<Token> tokens = SandboxData::generateTokens(size, 42, Now);
    for (Token &token : tokens) {
        token.revokedAt = QDateTime();
        token.expiresAt = QDateTime();
    }
    StallMeter meter;
    QStringList stallCpu;
    for (int i = 0; i < std::min(m_options.reps, 3); ++i) {
        SandboxThread sandbox(0, tokens);
        sandbox.start();
        QTemporaryDir dir;
        ChangeHistory history;
        if (!history.open(dir.filePath(QStringLiteral("history.sqlite"))))
            qFatal("history: %s", qPrintable(history.problem()));
        QNetworkAccessManager network;
        auto window = std::make_unique<MainWindow>();
        window->setHistory(&history);
        auto *session = new TokenSession(&network, sandbox.endpoint());
        window->openSession(session);
        window->resize(1200, 800);
        window->show();
        while (session->model()->rowCount() < size || session->isBusy())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        window->findChild<QTableView *>(QStringLiteral("tokenTable"))->selectAll();
        window->findChild<QAction *>(QStringLiteral("actionRevoke"))->trigger();
        auto *dialog = window->findChild<BulkRevokeDialog *>();
        if (!dialog || dialog->runner()->items().size() != size)
            qFatal("bulk revoke: no dialog for %d tokens", size);
        dialog->findChild<QCheckBox *>(QStringLiteral("riskCheckBox"))->setChecked(true);
        QCoreApplication::processEvents();
        bool done = false;
        QObject::connect(dialog->runner(), &BulkRevoke::finished, dialog, [&] { done = true; });
        meter.start();
        const auto start = Clock::now();
        dialog->findChild<QPushButton *>(QStringLiteral("revokeButton"))->click();
        waitFor(done);
        total.ours.add(msSince(start));
        stall.ours.add(meter.stop());
        stallCpu.append(figure(meter.longestCpuMs()));
        if (dialog->runner()->count(BulkRevoke::State::Revoked) != size)
            qFatal("bulk revoke: %d of %d revoked",
                   dialog->runner()->count(BulkRevoke::State::Revoked), size);
        while (session->isBusy()) // the last re-reads, before the window goes
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        window.reset();
        sandbox.quit();
        sandbox.wait();
    }
    total.note = QStringLiteral("real window, history on disk, at most %1 DELETEs at a time")
                     .arg(BulkRevoke::MaxInFlight);
    stall.note = QStringLiteral("lateness of a 1 ms timer while it runs; of it on the CPU: %1 ms")
                     .arg(stallCpu.join(QStringLiteral(", ")));
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

// How many times the baseline's figure is ours ("12x": ours is twelve times faster, or a
// twelfth of the memory); "-" with no baseline figure.
QString timesOurs(const Sample &baseline, double ours, double theirs) {
    if (baseline.empty() || ours <= 0)
        return QStringLiteral("-");
    return ratio(theirs, ours);
}

void printTable(const std::deque<Row> &rows) {
    std::printf("\nFigures: median and worst of repetitions. careful/ours and naive/ours: how many "
                "times the baseline's figure is ours (above 1: ours is faster or smaller).\n");
    const char *format = "%-8s %-34s %-4s %9s %9s %9s %9s %9s %9s %8s %8s %8s %8s %8s %8s  %s\n";
    std::printf(format, "tokens", "measure", "unit", "ours med", "ours wst", "care med", "care wst",
                "naive med", "naive wst", "car/ours", "(worst)", "nai/ours", "(worst)", "/simdjson",
                "/memcpy", "note");
    for (const Row &row : rows) {
        const Floors floors = floorsFor(rows, row.size);
        const bool timed = row.unit == QLatin1String("ms");
        const bool isFloor = row.measure.startsWith(QLatin1String("floor"));
        auto cell = [](const Sample &s, double v) {
            return s.empty() ? QStringLiteral("-") : figure(v);
        };
        std::printf(format, qPrintable(QString::number(row.size)), qPrintable(row.measure),
                    qPrintable(row.unit), qPrintable(figure(row.ours.median())),
                    qPrintable(figure(row.ours.worst())),
                    qPrintable(cell(row.careful, row.careful.median())),
                    qPrintable(cell(row.careful, row.careful.worst())),
                    qPrintable(cell(row.naive, row.naive.median())),
                    qPrintable(cell(row.naive, row.naive.worst())),
                    qPrintable(timesOurs(row.careful, row.ours.median(), row.careful.median())),
                    qPrintable(timesOurs(row.careful, row.ours.worst(), row.careful.worst())),
                    qPrintable(timesOurs(row.naive, row.ours.median(), row.naive.median())),
                    qPrintable(timesOurs(row.naive, row.ours.worst(), row.naive.worst())),
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
    if (const Row *row = find(rows, size, QStringLiteral("decode")); row && floors.simdjson > 0)
        out.push_back({QStringLiteral("decode <= 1.3x simdjson (%1 tokens)").arg(size),
                       ratio(row->ours.median(), floors.simdjson),
                       row->ours.median() <= 1.3 * floors.simdjson});
    if (const Row *row = find(rows, size, QStringLiteral("decode + load"));
        row && floors.simdjson > 0)
        out.push_back(
            {QStringLiteral("decode + load, painted <= 2x simdjson (%1 tokens)").arg(size),
             ratio(row->ours.median(), floors.simdjson),
             row->ours.median() <= 2 * floors.simdjson});
    if (const Row *row = find(rows, size, QStringLiteral("filter: one keystroke")))
        out.push_back({QStringLiteral("keystroke worst <= 16 ms"),
                       figure(row->ours.worst()) + " ms", row->ours.worst() <= 16});
    double sortWorst = 0;
    for (const Row &row : rows) {
        if (row.size == size && row.measure.startsWith(QLatin1String("sort: ")))
            sortWorst = std::max(sortWorst, row.ours.median());
    }
    out.push_back({QStringLiteral("sort by any column <= 100 ms (median of slowest column)"),
                   figure(sortWorst) + " ms", sortWorst <= 100});
    if (const Row *row = find(rows, size, QStringLiteral("filter: toggle a chip")))
        out.push_back({QStringLiteral("toggle a chip worst <= 50 ms"),
                       figure(row->ours.worst()) + " ms", row->ours.worst() <= 50});
    if (const Row *row = find(rows, size, QStringLiteral("filter: choose a database")))
        out.push_back({QStringLiteral("choose a database worst <= 50 ms"),
                       figure(row->ours.worst()) + " ms", row->ours.worst() <= 50});
    if (const Row *row = find(rows, size, QStringLiteral("who can reach a database (recount)")))
        out.push_back({QStringLiteral("who can reach a database, in one frame (<= 16 ms)"),
                       figure(row->ours.worst()) + " ms", row->ours.worst() <= 16});
    if (const Row *row = find(rows, size, QStringLiteral("memory added")))
        out.push_back({QStringLiteral("memory added with search index and flags <= 40 MiB"),
                       figure(row->ours.median()) + " MiB", row->ours.median() <= 40});
    if (const Row *row = find(rows, size, QStringLiteral("longest main-thread stall")))
        out.push_back({QStringLiteral("longest stall during load <= 100 ms"),
                       figure(row->ours.worst()) + " ms", row->ours.worst() <= 100});
    if (const Row *row = find(rows, 1000, QStringLiteral("bulk revoke: longest stall"));
        row && !row->ours.empty())
        out.push_back({QStringLiteral("bulk revoke of 1,000 tokens: longest stall <= 50 ms"),
                       figure(row->ours.worst()) + " ms", row->ours.worst() <= 50});
    if (const Row *row = find(rows, 1000, QStringLiteral("start-up: launch → painted"));
        row && !row->ours.empty())
        out.push_back({QStringLiteral("start-up to populated window, 1,000 tokens <= 300 ms"),
                       figure(row->ours.median()) + " ms", row->ours.median() <= 300});
    // Against the careful Qt path: the baseline a reviewer would write.
    if (const Row *row = find(rows, size, QStringLiteral("filter: one keystroke"));
        row && !row->careful.empty())
        out.push_back({QStringLiteral("keystroke worst >= 10x faster than careful Qt"),
                       ratio(row->careful.worst(), row->ours.worst()),
                       row->careful.worst() >= 10 * row->ours.worst()});
    if (const Row *row = find(rows, size, QStringLiteral("decode + load"));
        row && !row->careful.empty())
        out.push_back({QStringLiteral("decode + load >= 5x faster than careful Qt"),
                       ratio(row->careful.median(), row->ours.median()),
                       row->careful.median() >= 5 * row->ours.median()});
    if (const Row *row = find(rows, size, QStringLiteral("memory added"));
        row && !row->careful.empty())
        out.push_back(
            {QStringLiteral("memory <= 1/3 of careful Qt"),
             QStringLiteral("1/%1").arg(row->careful.median() / row->ours.median(), 0, 'f', 1),
             3 * row->ours.median() <= row->careful.median()});
    auto aheadOf = [&](const char *name, Sample Row::*baseline) {
        bool ahead = true;
        QString behind;
        for (const Row &row : rows) {
            const Sample &other = row.*baseline;
            if (row.size == size && !other.empty() && row.ours.median() >= other.median()) {
                ahead = false;
                behind += (behind.isEmpty() ? QString() : QStringLiteral(", ")) + row.measure;
            }
        }
        out.push_back(
            {QStringLiteral("every figure ahead of the %1 Qt path").arg(QLatin1String(name)),
             ahead ? QStringLiteral("yes") : QStringLiteral("no: ") + behind, ahead});
    };
    aheadOf("careful", &Row::careful);
    aheadOf("naive", &Row::naive);
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

void writeJson(const std::deque<Row> &rows, const std::vector<Verdict> &targets,
               const QString &path) {
    QJsonArray array;
    for (const Row &row : rows) {
        const Floors floors = floorsFor(rows, row.size);
        QJsonObject object{{QStringLiteral("tokens"), row.size},
                           {QStringLiteral("measure"), row.measure},
                           {QStringLiteral("unit"), row.unit},
                           {QStringLiteral("ours"), sampleJson(row.ours)},
                           {QStringLiteral("note"), row.note}};
        // Baseline over ours, as in the table: above 1, ours is faster or smaller.
        auto baseline = [&](const char *name, const char *key, const Sample &sample) {
            if (sample.empty())
                return;
            object.insert(QLatin1String(name), sampleJson(sample));
            object.insert(
                QLatin1String(key),
                QJsonObject{{QStringLiteral("median"), sample.median() / row.ours.median()},
                            {QStringLiteral("worst"), sample.worst() / row.ours.worst()}});
        };
        baseline("careful", "carefulOverOurs", row.careful);
        baseline("naive", "naiveOverOurs", row.naive);
        for (auto it = row.extra.begin(); it != row.extra.end(); ++it)
            object.insert(it.key(), it.value());
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
    parser.setApplicationDescription(
        QStringLiteral("Token Admin's list at scale, beside a careful and a naive Qt path."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("sizes"), QStringLiteral("Comma-separated token counts."),
         QStringLiteral("list"), QStringLiteral("1000,10000,100000")},
        {QStringLiteral("reps"), QStringLiteral("Repetitions per figure."), QStringLiteral("n"),
         QStringLiteral("5")},
        {QStringLiteral("json"), QStringLiteral("Where to write the table as JSON."),
         QStringLiteral("file"), QStringLiteral("bench-results.json")},
        {QStringLiteral("no-startup"), QStringLiteral("Skip the start-up measurement.")},
        {QStringLiteral("no-bulk"), QStringLiteral("Skip the bulk revoke measurement.")},
    });
    parser.process(app);
    Options options;
    options.sizes.clear();
    for (const QString &size : parser.value(QStringLiteral("sizes")).split(QLatin1Char(',')))
        options.sizes.append(size.toInt());
    options.reps = std::max(1, parser.value(QStringLiteral("reps")).toInt());
    options.jsonPath = parser.value(QStringLiteral("json"));
    options.startup = !parser.isSet(QStringLiteral("no-startup"));
    options.bulk = !parser.isSet(QStringLiteral("no-bulk"));

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
