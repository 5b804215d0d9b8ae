#include "samplegenerator.h"

#include "schema.h"
#include "valueparser.h"

#include <QIODevice>
#include <QList>

#include <algorithm>
#include <array>
#include <functional>
#include <limits>
#include <optional>

// The generator models one AWS account with Amazon Connect instances, their
// flows, modules and queues, customer contacts that move through them, and
// test cases whose executions create contacts of their own. Every random
// choice comes from xoshiro256** seeded through splitmix64, and every
// contact and execution has its own stream. So a contact's events do not
// depend on how many contacts came before it, and both tables can be written
// separately yet agree on the test contacts.

namespace Flowscope {

namespace {

constexpr qint64 MsPerSecond = 1000;
constexpr qint64 MsPerMinute = 60 * MsPerSecond;
constexpr qint64 MsPerHour = 60 * MsPerMinute;
constexpr qint64 MsPerDay = 24 * MsPerHour;
constexpr qint64 JulianDayOfEpoch = 2440588; // 1970-01-01
constexpr qsizetype FlushBytes = 1 << 20;

// ---------------------------------------------------------------------------
// Randomness

quint64 splitMix64(quint64 &state)
{
    state += 0x9e3779b97f4a7c15ULL;
    quint64 z = state;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// Independent streams of one seed, so that each contact draws from its own.
enum class Stream : quint64 { World = 1, Executions, TestContact, CustomerContact };

class Random
{
public:
    Random(quint64 seed, Stream stream, quint64 index)
    {
        quint64 state = seed;
        state = splitMix64(state) ^ quint64(stream);
        state = splitMix64(state) ^ index;
        for (quint64 &word : m_state)
            word = splitMix64(state);
    }

    quint64 next()
    {
        const quint64 result = rotateLeft(m_state[1] * 5, 7) * 9;
        const quint64 shifted = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= shifted;
        m_state[3] = rotateLeft(m_state[3], 45);
        return result;
    }

    // A value in [0, count). The modulo bias is far below what sample data notices.
    qint64 below(qint64 count) { return count <= 1 ? 0 : qint64(next() % quint64(count)); }

    // A value in [low, high).
    qint64 between(qint64 low, qint64 high) { return low + below(high - low); }

    // A value in [low, high), more often near `low`: the smaller of two draws,
    // which gives waiting and talk times their long tail.
    qint64 skewedBetween(qint64 low, qint64 high)
    {
        return std::min(between(low, high), between(low, high));
    }

    // True with probability `share`. The threshold is exact in binary
    // floating point, so every platform makes the same choice.
    bool chance(double share)
    {
        if (share >= 1.0)
            return true;
        return next() < quint64(share * 18446744073709551616.0);
    }

    template <typename T> const T &pick(const QList<T> &items)
    {
        return items.at(below(items.size()));
    }

private:
    static quint64 rotateLeft(quint64 value, int bits)
    {
        return (value << bits) | (value >> (64 - bits));
    }

    std::array<quint64, 4> m_state{};
};

// A version 4 UUID in lowercase hex, stored inline so that events allocate nothing.
struct Uuid
{
    std::array<char, 36> text{};

    QByteArrayView view() const { return {text.data(), qsizetype(text.size())}; }
    QByteArray toByteArray() const { return view().toByteArray(); }
};

Uuid randomUuid(Random &random)
{
    static constexpr char hex[] = "0123456789abcdef";
    quint64 high = random.next();
    quint64 low = random.next();
    high = (high & ~0xf000ULL) | 0x4000ULL;                      // version 4
    low = (low & 0x3fffffffffffffffULL) | 0x8000000000000000ULL; // RFC 4122 variant

    Uuid uuid;
    int position = 0;
    for (int nibble = 0; nibble < 32; ++nibble) {
        if (nibble == 8 || nibble == 12 || nibble == 16 || nibble == 20)
            uuid.text[size_t(position++)] = '-';
        const quint64 word = nibble < 16 ? high : low;
        const int shift = 60 - 4 * (nibble % 16);
        uuid.text[size_t(position++)] = hex[(word >> shift) & 0xf];
    }
    return uuid;
}

// "YYYY-MM-DD HH:MM:SS.mmm" in UTC, as Athena writes a timestamp.
struct TimestampText
{
    std::array<char, 23> text{};

    QByteArrayView view() const { return {text.data(), qsizetype(text.size())}; }
};

TimestampText timestampText(qint64 epochMs)
{
    qint64 days = epochMs / MsPerDay;
    qint64 msOfDay = epochMs % MsPerDay;
    if (msOfDay < 0) {
        msOfDay += MsPerDay;
        --days;
    }
    int year = 0;
    int month = 0;
    int day = 0;
    QDate::fromJulianDay(days + JulianDayOfEpoch).getDate(&year, &month, &day);

    TimestampText result;
    char *out = result.text.data();
    const auto put = [&out](qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            out[i] = char('0' + value % 10);
            value /= 10;
        }
        out += width;
    };
    const auto separator = [&out](char c) {
        *out++ = c;
    };
    put(year, 4);
    separator('-');
    put(month, 2);
    separator('-');
    put(day, 2);
    separator(' ');
    put(msOfDay / MsPerHour, 2);
    separator(':');
    put(msOfDay / MsPerMinute % 60, 2);
    separator(':');
    put(msOfDay / MsPerSecond % 60, 2);
    separator('.');
    put(msOfDay % MsPerSecond, 3);
    return result;
}

// ---------------------------------------------------------------------------
// The modelled account

enum class FlowRole {
    VoiceEntry,
    ChatEntry,
    TaskEntry, // tasks and email
    CustomerQueue,
    CustomerWhisper,
    AgentWhisper,
    OutboundWhisper,
    QueueTransfer,
    Disconnect,
    Menu,
};
constexpr int FixedFlowRoles = int(FlowRole::Menu);

const char *flowTypeOf(FlowRole role)
{
    switch (role) {
    case FlowRole::CustomerQueue:
        return "CUSTOMER_QUEUE";
    case FlowRole::CustomerWhisper:
        return "CUSTOMER_WHISPER";
    case FlowRole::AgentWhisper:
        return "AGENT_WHISPER";
    case FlowRole::OutboundWhisper:
        return "OUTBOUND_WHISPER";
    case FlowRole::QueueTransfer:
        return "QUEUE_TRANSFER";
    case FlowRole::VoiceEntry:
    case FlowRole::ChatEntry:
    case FlowRole::TaskEntry:
    case FlowRole::Disconnect:
    case FlowRole::Menu:
        break;
    }
    return "CONTACT_FLOW";
}

// A published resource (flow or module). Some are published again during the
// export, and events after that use the new version.
struct Resource
{
    QByteArray id;
    std::array<QByteArray, 2> versions;
    std::array<TimestampText, 2> publishedTexts;
    qint64 republishedMs = std::numeric_limits<qint64>::max();

    int versionAt(qint64 epochMs) const { return epochMs >= republishedMs ? 1 : 0; }
};

struct Flow : Resource
{
    FlowRole role = FlowRole::Menu;
    QByteArray flowType;
};

struct Instance
{
    QByteArray id;
    QByteArray arn;
    QList<Flow> flows; // the fixed roles in FlowRole order, then the menus
    QList<Resource> modules;
    QList<QByteArray> queues;

    const Flow &flow(FlowRole role) const { return flows.at(int(role)); }
    int menuCount() const { return int(flows.size()) - FixedFlowRoles; }
    const Flow &menu(int index) const { return flows.at(FixedFlowRoles + index); }
};

struct TestCase
{
    int instance = 0;
    QByteArray arn;
    QByteArray name;
    QByteArray type;
    QByteArray channel; // as the test table writes it: Voice, Chat
    std::optional<QByteArray> channelSubtype;
    QByteArray executionMethod;
    int initiatingFlow = 0; // index into the instance's flows
    qint64 scheduledMsOfDay = 0;
    double failureShare = 0;
};

struct World
{
    QByteArray accountId;
    QList<Instance> instances;
    QList<TestCase> testCases;
    qint64 exportStartMs = 0;
    qint64 exportEndMs = 0;
};

Resource makeResource(Random &random, const World &world, int maxVersion)
{
    Resource resource;
    resource.id = randomUuid(random).toByteArray();
    const int version = int(random.between(1, maxVersion + 1));
    resource.versions = {QByteArray::number(version), QByteArray::number(version + 1)};
    const qint64 publishedMs = world.exportStartMs - random.between(MsPerDay, 120 * MsPerDay);
    qint64 republishedMs = publishedMs;
    if (random.chance(0.25)) {
        republishedMs = world.exportStartMs + random.below(world.exportEndMs - world.exportStartMs);
        resource.republishedMs = republishedMs;
    }
    resource.publishedTexts = {timestampText(publishedMs), timestampText(republishedMs)};
    return resource;
}

Instance makeInstance(Random &random, const World &world, const GeneratorOptions &options)
{
    Instance instance;
    instance.id = randomUuid(random).toByteArray();
    instance.arn = "arn:aws:connect:us-east-1:" + world.accountId + ":instance/" + instance.id;

    const int flowCount = std::max(options.flows, FixedFlowRoles + 1);
    for (int i = 0; i < flowCount; ++i) {
        Flow flow;
        static_cast<Resource &>(flow) = makeResource(random, world, 40);
        flow.role = i < FixedFlowRoles ? FlowRole(i) : FlowRole::Menu;
        flow.flowType = flowTypeOf(flow.role);
        instance.flows.append(flow);
    }
    for (int i = 0; i < std::max(options.modules, 1); ++i)
        instance.modules.append(makeResource(random, world, 8));
    for (int i = 0; i < std::max(options.queues, 1); ++i)
        instance.queues.append(randomUuid(random).toByteArray());
    return instance;
}

TestCase makeTestCase(Random &random, const World &world, int index)
{
    static const QList<QByteArray> names = {
        "Main menu routes billing callers to the billing queue",
        "After-hours message plays outside business hours",
        "Authenticated caller reaches account self-service",
        "Chat greeting offers the order status option",
        "Callback is offered when the wait is long",
        "Spanish language selection switches prompts",
        "Unknown caller is asked for the account number",
        "Escalation keyword transfers chat to an agent",
    };
    static const QList<double> failureShares = {0.02, 0.05, 0.0, 0.3, 0.1, 0.05, 0.15, 0.0};

    TestCase testCase;
    testCase.instance = index % int(world.instances.size());
    const Instance &instance = world.instances.at(testCase.instance);
    testCase.arn = instance.arn + "/test-case/" + randomUuid(random).toByteArray();
    testCase.name = names.at(index % names.size());
    if (index >= names.size())
        testCase.name += " (" + QByteArray::number(index / names.size() + 1) + ")";
    testCase.failureShare = failureShares.at(index % failureShares.size());

    const bool chat = testCase.name.contains("Chat") || testCase.name.contains("chat");
    testCase.channel = chat ? "Chat" : "Voice";
    if (chat && random.chance(0.3))
        testCase.channelSubtype = QByteArray("SMS");

    const qint64 typeRoll = random.below(10);
    if (typeRoll < 5)
        testCase.type = "ExperienceTest";
    else if (typeRoll < 9)
        testCase.type = "FlowTest";
    else
        testCase.type = "BotTest";
    static const QList<QByteArray> methods = {"Scheduled",
                                              "Scheduled",
                                              "Scheduled",
                                              "API",
                                              "API",
                                              "Manual",
                                              "FlowPublishTriggered",
                                              "ContactRuleTriggered"};
    testCase.executionMethod = random.pick(methods);

    // Flow tests start at a menu; experience and bot tests at the entry flow.
    if (testCase.type == "FlowTest")
        testCase.initiatingFlow = FixedFlowRoles + int(random.below(instance.menuCount()));
    else
        testCase.initiatingFlow = int(chat ? FlowRole::ChatEntry : FlowRole::VoiceEntry);
    testCase.scheduledMsOfDay = random.between(5 * MsPerHour, 8 * MsPerHour);
    return testCase;
}

World buildWorld(const GeneratorOptions &options)
{
    World world;
    world.exportStartMs = (options.firstDay.toJulianDay() - JulianDayOfEpoch) * MsPerDay;
    world.exportEndMs = world.exportStartMs + std::max(options.days, 1) * MsPerDay;

    Random random(options.seed, Stream::World, 0);
    // Account ids are twelve digits, and a leading zero is common; tools that
    // guess the column is a number drop it.
    world.accountId = "0";
    for (int i = 0; i < 11; ++i)
        world.accountId.append(char('0' + random.below(10)));

    for (int i = 0; i < std::max(options.instances, 1); ++i)
        world.instances.append(makeInstance(random, world, options));
    for (int i = 0; i < options.testCases; ++i)
        world.testCases.append(makeTestCase(random, world, i));
    return world;
}

// A start time on a random day of the export, weighted towards business hours (UTC).
qint64 randomStartMs(Random &random, const World &world, int days)
{
    static constexpr std::array<int, 24> hourWeights = {1,  1,  1,  1,  1,  2, 4, 8, 12, 14, 15, 14,
                                                        13, 14, 15, 14, 12, 9, 6, 4, 3,  2,  2,  1};
    static const int totalWeight = [] {
        int total = 0;
        for (const int weight : hourWeights)
            total += weight;
        return total;
    }();

    qint64 roll = random.below(totalWeight);
    int hour = 0;
    while (roll >= hourWeights[size_t(hour)]) {
        roll -= hourWeights[size_t(hour)];
        ++hour;
    }
    return world.exportStartMs + random.below(days) * MsPerDay + hour * MsPerHour +
           random.below(MsPerHour);
}

// ---------------------------------------------------------------------------
// Contacts and their flow events

namespace Outcome {
constexpr char TransferredToFlow[] = "TRANSFERRED_TO_FLOW";
constexpr char TransferredToQueue[] = "TRANSFERRED_TO_QUEUE";
constexpr char Disconnected[] = "DISCONNECTED";
constexpr char Error[] = "ERROR";
constexpr char SelfServiceCompleted[] = "SELF_SERVICE_COMPLETED";
constexpr char SurveyCompleted[] = "SURVEY_COMPLETED";
constexpr char ModuleSuccess[] = "Success";
constexpr char ModuleError[] = "Error";
} // namespace Outcome

struct ContactStart
{
    int instance = 0;
    Uuid contactId;
    QByteArrayView channel; // VOICE, CHAT, TASK, EMAIL
    QByteArrayView subType; // empty for NULL
    QByteArrayView initiationMethod;
    qint64 startMs = 0;
    int firstFlow = 0;
};

// One row of contact_flow_events before the export cut-off is applied.
struct FlowEvent
{
    const Instance *instance = nullptr;
    QByteArrayView contactId;
    QByteArrayView channel;
    QByteArrayView subType;
    QByteArrayView initiationMethod;
    Uuid eventId;
    const Flow *flow = nullptr;
    const Resource *module = nullptr;
    qint64 startMs = 0;
    qint64 endMs = 0;
    const Flow *nextFlow = nullptr;
    const QByteArray *nextQueue = nullptr;
    QByteArrayView outcome; // empty for NULL
    qint64 processingDelayMs = 0;
    // The end was never delivered, as happens when a contact drops mid-flow.
    bool endMissing = false;
};

using FlowEventSink = std::function<void(const FlowEvent &)>;

// Walks one contact through entry flow, menus, modules and queues, and
// passes each event to the sink. A module event comes before the event of
// the flow that invoked it. A queue transfer continues as a new contact,
// because Amazon Connect creates one.
class ContactSimulator
{
public:
    ContactSimulator(Random &random, const World &world, const FlowEventSink &sink)
        : m_random(random), m_world(world), m_sink(sink)
    {}

    void run(const ContactStart &start)
    {
        m_start = start;
        m_instance = &m_world.instances.at(start.instance);
        m_contactId = start.contactId;
        m_initiationMethod = start.initiationMethod;
        m_now = start.startMs;

        if (start.initiationMethod == "OUTBOUND") {
            emitFlow(m_instance->flow(FlowRole::OutboundWhisper),
                     m_random.between(2 * MsPerSecond, 6 * MsPerSecond), {});
            talkToAgent(0);
            return;
        }
        if (start.initiationMethod == "CALLBACK") {
            waitInQueue(0);
            return;
        }
        walkFlows(start.firstFlow);
    }

private:
    FlowEvent newEvent(const Flow &flow, qint64 durationMs)
    {
        FlowEvent event;
        event.instance = m_instance;
        event.contactId = m_contactId.view();
        event.channel = m_start.channel;
        event.subType = m_start.subType;
        event.initiationMethod = m_initiationMethod;
        event.eventId = randomUuid(m_random);
        event.flow = &flow;
        event.startMs = m_now;
        event.endMs = m_now + durationMs;
        event.processingDelayMs = m_random.between(2 * MsPerMinute, 45 * MsPerMinute);
        event.endMissing = m_random.chance(0.005);
        return event;
    }

    void emitFlow(const Flow &flow, qint64 durationMs, QByteArrayView outcome)
    {
        FlowEvent event = newEvent(flow, durationMs);
        event.outcome = outcome;
        m_sink(event);
        m_now = event.endMs;
    }

    // Runs flows from `flowIndex` until the contact reaches a queue or ends.
    void walkFlows(int flowIndex)
    {
        for (int hops = 0;; ++hops) {
            const Flow &flow = m_instance->flows.at(flowIndex);
            const bool entry = flow.role != FlowRole::Menu;
            const qint64 durationMs = entry ? m_random.between(1500, 15 * MsPerSecond)
                                            : m_random.between(5 * MsPerSecond, 90 * MsPerSecond);
            FlowEvent event = newEvent(flow, durationMs);

            bool moduleFailed = false;
            if (!entry && m_random.chance(0.6))
                moduleFailed = invokeModule(event);

            const qint64 roll = m_random.below(100);
            if (moduleFailed && m_random.chance(0.5)) {
                event.outcome = Outcome::Error;
            } else if (entry && m_start.channel != "VOICE" && m_start.channel != "CHAT") {
                if (roll < 90)
                    routeToQueue(event, m_random.pick(m_instance->queues));
                else
                    event.outcome = Outcome::Disconnected;
            } else if (entry) {
                if (roll < 85)
                    routeToFlow(event, pickMenu(-1));
                else if (roll < 93)
                    routeToQueue(event, m_random.pick(m_instance->queues));
                else if (roll < 95)
                    event.outcome = Outcome::Error;
                else
                    event.outcome = Outcome::Disconnected;
            } else {
                const int menu = flowIndex - FixedFlowRoles;
                if (roll < 20 && hops < 3 && m_instance->menuCount() > 1)
                    routeToFlow(event, pickMenu(menu));
                else if (roll < 80)
                    routeToQueue(event, preferredQueue(menu));
                else if (roll < 92)
                    event.outcome = Outcome::SelfServiceCompleted;
                else if (roll < 97)
                    event.outcome = Outcome::Disconnected;
                else
                    event.outcome = Outcome::Error;
            }

            m_sink(event);
            m_now = event.endMs + m_random.below(50);
            if (event.nextFlow) {
                flowIndex = int(event.nextFlow - m_instance->flows.data());
                continue;
            }
            if (event.nextQueue)
                waitInQueue(0);
            return;
        }
    }

    // Emits a module event inside the flow event; returns whether it failed.
    bool invokeModule(const FlowEvent &caller)
    {
        const qint64 callerDuration = caller.endMs - caller.startMs;
        FlowEvent event = newEvent(*caller.flow, m_random.between(100, 3 * MsPerSecond));
        event.module = &m_random.pick(m_instance->modules);
        event.startMs = caller.startMs + m_random.between(200, callerDuration / 2);
        event.endMs = std::min(event.startMs + (event.endMs - m_now), caller.endMs - 50);
        const bool failed = m_random.chance(0.08);
        event.outcome = failed ? Outcome::ModuleError : Outcome::ModuleSuccess;
        m_sink(event);
        return failed;
    }

    void routeToFlow(FlowEvent &event, int menu)
    {
        event.nextFlow = &m_instance->menu(menu);
        event.outcome = Outcome::TransferredToFlow;
    }

    void routeToQueue(FlowEvent &event, const QByteArray &queue)
    {
        event.nextQueue = &queue;
        event.outcome = Outcome::TransferredToQueue;
    }

    // Menus earlier in the list are chosen more often, so that the flow map
    // has main paths and rare ones. `except` is the current menu, or -1.
    int pickMenu(int except)
    {
        const int count = m_instance->menuCount();
        for (;;) {
            const int menu = int(std::min(m_random.below(count), m_random.below(count)));
            if (menu != except || count == 1)
                return menu;
        }
    }

    const QByteArray &preferredQueue(int menu)
    {
        if (m_random.chance(0.7))
            return m_instance->queues.at(menu % m_instance->queues.size());
        return m_random.pick(m_instance->queues);
    }

    // The customer queue flow plays while the contact waits. An answered
    // contact's queue event has no outcome; an abandoned one disconnects.
    void waitInQueue(int transfers)
    {
        const qint64 waitMs = m_random.skewedBetween(3 * MsPerSecond, 15 * MsPerMinute);
        const bool abandoned = m_random.chance(0.1);
        emitFlow(m_instance->flow(FlowRole::CustomerQueue), waitMs,
                 abandoned ? QByteArrayView(Outcome::Disconnected) : QByteArrayView());
        if (!abandoned)
            talkToAgent(transfers);
    }

    void talkToAgent(int transfers)
    {
        const qint64 answeredMs = m_now;
        if (m_start.channel == "VOICE") {
            if (m_random.chance(0.3))
                emitFlow(m_instance->flow(FlowRole::CustomerWhisper),
                         m_random.between(2 * MsPerSecond, 4 * MsPerSecond), {});
            m_now = answeredMs;
            if (m_random.chance(0.8))
                emitFlow(m_instance->flow(FlowRole::AgentWhisper),
                         m_random.between(2 * MsPerSecond, 5 * MsPerSecond), {});
        }
        m_now = answeredMs + m_random.skewedBetween(MsPerMinute, 20 * MsPerMinute);

        if (transfers == 0 && m_random.chance(0.08)) {
            FlowEvent event = newEvent(m_instance->flow(FlowRole::QueueTransfer),
                                       m_random.between(MsPerSecond, 5 * MsPerSecond));
            const QByteArray &queue = m_random.pick(m_instance->queues);
            routeToQueue(event, queue);
            m_sink(event);
            m_now = event.endMs;
            m_contactId = randomUuid(m_random);
            m_initiationMethod = "QUEUE_TRANSFER";
            waitInQueue(transfers + 1);
            return;
        }

        if (m_start.channel == "VOICE" && m_random.chance(0.35)) {
            emitFlow(m_instance->flow(FlowRole::Disconnect),
                     m_random.between(10 * MsPerSecond, MsPerMinute),
                     m_random.chance(0.4) ? QByteArrayView(Outcome::SurveyCompleted)
                                          : QByteArrayView());
        }
    }

    Random &m_random;
    const World &m_world;
    const FlowEventSink &m_sink;
    ContactStart m_start;
    const Instance *m_instance = nullptr;
    Uuid m_contactId;
    QByteArrayView m_initiationMethod;
    qint64 m_now = 0;
};

ContactStart randomCustomerContact(Random &random, const World &world,
                                   const GeneratorOptions &options)
{
    ContactStart start;
    start.instance = int(random.below(world.instances.size()));
    start.contactId = randomUuid(random);
    start.startMs = randomStartMs(random, world, std::max(options.days, 1));

    const qint64 channelRoll = random.below(100);
    if (channelRoll < 60) {
        start.channel = "VOICE";
        start.subType = "connect:Telephony";
        const qint64 methodRoll = random.below(100);
        start.initiationMethod = methodRoll < 85   ? "INBOUND"
                                 : methodRoll < 93 ? "OUTBOUND"
                                                   : "CALLBACK";
        start.firstFlow = int(FlowRole::VoiceEntry);
    } else if (channelRoll < 85) {
        start.channel = "CHAT";
        const qint64 subTypeRoll = random.below(10);
        start.subType = subTypeRoll < 7   ? "connect:Chat"
                        : subTypeRoll < 9 ? "connect:SMS"
                                          : "connect:WhatsApp";
        start.initiationMethod = "API";
        start.firstFlow = int(FlowRole::ChatEntry);
    } else if (channelRoll < 95) {
        start.channel = "TASK";
        start.initiationMethod = "API";
        start.firstFlow = int(FlowRole::TaskEntry);
    } else {
        start.channel = "EMAIL";
        start.subType = "connect:Email";
        start.initiationMethod = "INBOUND";
        start.firstFlow = int(FlowRole::TaskEntry);
    }
    return start;
}

// ---------------------------------------------------------------------------
// Test executions

struct TestContact
{
    Uuid contactId;
    qint64 startMs = 0;
    quint64 streamIndex = 0;
};

struct Execution
{
    int testCase = 0;
    Uuid executionId;
    qint64 startMs = 0;
    std::optional<qint64> endMs;
    QByteArray status;
    std::optional<QByteArray> result;
    // Null for no failure reasons recorded; an empty list is written as [].
    std::optional<QList<QByteArray>> failureReasons;
    QList<TestContact> contacts;
    qint64 recordCreationMs = 0;
    qint64 processedMs = 0;
};

const QList<QByteArray> &failureReasonTexts()
{
    // No reason contains ", ", because Athena renders an array as its items
    // joined by ", " inside brackets, and a reader cannot distinguish such an
    // item from two. A bare comma stays unambiguous there. The quotes make CSV
    // double them.
    static const QList<QByteArray> reasons = {
        "Expected prompt \"Welcome to Example Corp\" was not played",
        "Contact reached queue General instead of Billing",
        "No response from the bot within 8 seconds",
        "Flow ended with an error branch",
        "Customer input 2,4 was not recognised",
        "Test timed out after 300 seconds",
    };
    return reasons;
}

void decideResult(Random &random, const TestCase &testCase, Execution &execution)
{
    const qint64 roll = random.below(1000);
    if (roll < 30) {
        execution.status = "Completed";
        execution.result = QByteArray("Skipped");
    } else if (roll < 50) {
        execution.status = "Aborted";
        execution.result = QByteArray("Aborted");
    } else if (random.chance(testCase.failureShare)) {
        execution.status = random.chance(0.75) ? "Completed" : "Failed";
        execution.result = QByteArray("Failed");
        QList<QByteArray> reasons{random.pick(failureReasonTexts())};
        if (random.chance(0.3))
            reasons.append(random.pick(failureReasonTexts()));
        execution.failureReasons = reasons;
    } else {
        execution.status = "Completed";
        // A few completed executions have no result yet.
        if (!random.chance(0.02))
            execution.result = QByteArray("Passed");
    }

    if (!execution.failureReasons && random.chance(0.3))
        execution.failureReasons = QList<QByteArray>();
}

QList<Execution> buildExecutions(const World &world, const GeneratorOptions &options)
{
    QList<Execution> executions;
    const int perDay = std::max(options.executionsPerTestCasePerDay, 0);
    quint64 contactIndex = 0;
    for (int day = 0; day < std::max(options.days, 1); ++day) {
        const qint64 dayStartMs = world.exportStartMs + day * MsPerDay;
        for (int caseIndex = 0; caseIndex < world.testCases.size(); ++caseIndex) {
            const TestCase &testCase = world.testCases.at(caseIndex);
            for (int run = 0; run < perDay; ++run) {
                const quint64 executionIndex = quint64(executions.size());
                Random random(options.seed, Stream::Executions, executionIndex);
                Execution execution;
                execution.testCase = caseIndex;
                execution.executionId = randomUuid(random);
                if (testCase.executionMethod == "Scheduled") {
                    const qint64 msOfDay = testCase.scheduledMsOfDay + run * (MsPerDay / perDay) +
                                           random.below(30 * MsPerSecond);
                    execution.startMs = dayStartMs + msOfDay % MsPerDay;
                } else {
                    execution.startMs = dayStartMs + random.between(7 * MsPerHour, 19 * MsPerHour);
                }
                execution.recordCreationMs = execution.startMs + random.below(MsPerSecond);

                const qint64 endMs =
                    execution.startMs + random.between(25 * MsPerSecond, 4 * MsPerMinute);
                if (endMs >= world.exportEndMs) {
                    execution.status = "InProgress";
                } else {
                    execution.endMs = endMs;
                    decideResult(random, testCase, execution);
                }

                if (execution.result != QByteArray("Skipped")) {
                    const int contactCount = random.chance(0.25) ? 2 : 1;
                    qint64 contactStartMs = execution.startMs + random.between(500, 3000);
                    // A contact that would start after the export is not in it.
                    for (int i = 0; i < contactCount && contactStartMs < world.exportEndMs; ++i) {
                        Random contactRandom(options.seed, Stream::TestContact, contactIndex);
                        execution.contacts.append(
                            {randomUuid(contactRandom), contactStartMs, contactIndex});
                        ++contactIndex;
                        contactStartMs += random.between(20 * MsPerSecond, MsPerMinute);
                    }
                }
                execution.processedMs =
                    std::min(execution.endMs.value_or(execution.startMs) +
                                 random.between(2 * MsPerMinute, 40 * MsPerMinute),
                             world.exportEndMs - 1);
                executions.append(execution);
            }
        }
    }
    return executions;
}

ContactStart testContactStart(const World &world, const Execution &execution, int contactNumber)
{
    const TestCase &testCase = world.testCases.at(execution.testCase);
    const TestContact &contact = execution.contacts.at(contactNumber);
    ContactStart start;
    start.instance = testCase.instance;
    start.contactId = contact.contactId;
    start.startMs = contact.startMs;
    const bool chat = testCase.channel == "Chat";
    start.channel = chat ? "CHAT" : "VOICE";
    if (chat)
        start.subType = testCase.channelSubtype ? "connect:SMS" : "connect:Chat";
    else
        start.subType = "connect:Telephony";
    start.initiationMethod = contactNumber == 0 ? "API" : "TRANSFER";
    start.firstFlow = testCase.initiatingFlow;
    return start;
}

// ---------------------------------------------------------------------------
// Output

enum class RowFormat { Csv, JsonLines };

// One value of a row. Array values carry both renderings.
struct Field
{
    enum class Kind { Null, Text, Array } kind = Kind::Null;
    QByteArrayView text;       // the text, or for arrays the JSON rendering
    QByteArrayView athenaText; // for arrays: the [a, b] rendering

    static Field null() { return {}; }
    static Field of(QByteArrayView value) { return {Kind::Text, value, {}}; }
    static Field optional(QByteArrayView value) { return value.isEmpty() ? null() : of(value); }
};

void appendCsvValue(QByteArray &out, QByteArrayView text)
{
    out.append('"');
    if (!text.contains('"')) {
        out.append(text);
    } else {
        for (const char c : text) {
            if (c == '"')
                out.append('"');
            out.append(c);
        }
    }
    out.append('"');
}

// Writes rows in the column order of a table spec, buffered, into a device.
// Fields come in the generator's own order, named by `fieldNames`; a spec
// column the generator does not produce is written as NULL.
class RowWriter
{
public:
    RowWriter(QIODevice &out, RowFormat format, GeneratedArrayStyle arrayStyle,
              const TableSpec &spec, const QList<QByteArray> &fieldNames)
        : m_out(out), m_format(format), m_arrayStyle(arrayStyle)
    {
        for (const ColumnSpec &column : spec.columns) {
            m_names.append(column.name.toUtf8());
            m_order.append(int(fieldNames.indexOf(column.name.toUtf8())));
        }
        m_buffer.reserve(FlushBytes + 64 * 1024);
    }

    void writeHeader()
    {
        if (m_format != RowFormat::Csv)
            return;
        for (qsizetype i = 0; i < m_names.size(); ++i) {
            if (i > 0)
                m_buffer.append(',');
            appendCsvValue(m_buffer, m_names.at(i));
        }
        m_buffer.append('\n');
    }

    void writeRow(const Field *fields)
    {
        if (m_format == RowFormat::Csv)
            appendCsvRow(fields);
        else
            appendJsonRow(fields);
        ++m_rows;
        if (m_buffer.size() >= FlushBytes)
            flush();
    }

    bool finish()
    {
        flush();
        return m_ok;
    }

    bool ok() const { return m_ok; }
    qint64 rows() const { return m_rows; }

private:
    const Field &fieldFor(const Field *fields, qsizetype column) const
    {
        static const Field absent;
        const int index = m_order.at(column);
        return index < 0 ? absent : fields[index];
    }

    void appendCsvRow(const Field *fields)
    {
        for (qsizetype column = 0; column < m_order.size(); ++column) {
            if (column > 0)
                m_buffer.append(',');
            const Field &field = fieldFor(fields, column);
            switch (field.kind) {
            case Field::Kind::Null:
                break;
            case Field::Kind::Text:
                appendCsvValue(m_buffer, field.text);
                break;
            case Field::Kind::Array:
                appendCsvValue(m_buffer, m_arrayStyle == GeneratedArrayStyle::Athena
                                             ? field.athenaText
                                             : field.text);
                break;
            }
        }
        m_buffer.append('\n');
    }

    void appendJsonRow(const Field *fields)
    {
        m_buffer.append('{');
        for (qsizetype column = 0; column < m_order.size(); ++column) {
            if (column > 0)
                m_buffer.append(',');
            appendJsonString(m_buffer, m_names.at(column));
            m_buffer.append(':');
            const Field &field = fieldFor(fields, column);
            switch (field.kind) {
            case Field::Kind::Null:
                m_buffer.append("null");
                break;
            case Field::Kind::Text:
                appendJsonString(m_buffer, field.text);
                break;
            case Field::Kind::Array:
                m_buffer.append(field.text);
                break;
            }
        }
        m_buffer.append("}\n");
    }

    void flush()
    {
        if (m_ok && !m_buffer.isEmpty())
            m_ok = m_out.write(m_buffer) == m_buffer.size();
        m_buffer.resize(0);
    }

    QIODevice &m_out;
    RowFormat m_format;
    GeneratedArrayStyle m_arrayStyle;
    QList<QByteArray> m_names;
    QList<int> m_order;
    QByteArray m_buffer;
    qint64 m_rows = 0;
    bool m_ok = true;
};

// The generator's field order for contact_flow_events.
enum FlowEventField {
    InstanceId,
    EventId,
    AwsAccountId,
    InstanceArn,
    ContactId,
    FlowResourceId,
    ModuleResourceId,
    ResourceVersion,
    ResourceType,
    Channel,
    StartTimestamp,
    EndTimestamp,
    NextFlowResourceId,
    NextQueueResourceId,
    NextResourceType,
    FlowLanguageVersion,
    FlowOutcome,
    SubType,
    FlowType,
    InitiationMethod,
    ResourcePublishedTimestamp,
    DataLakeLastProcessedTimestamp,
    FlowEventFieldCount,
};

const QList<QByteArray> &flowEventFieldNames()
{
    static const QList<QByteArray> names = {
        "instance_id",
        "event_id",
        "aws_account_id",
        "instance_arn",
        "contact_id",
        "flow_resource_id",
        "module_resource_id",
        "resource_version",
        "resource_type",
        "channel",
        "start_timestamp",
        "end_timestamp",
        "next_flow_resource_id",
        "next_queue_resource_id",
        "next_resource_type",
        "flow_language_version",
        "flow_outcome",
        "sub_type",
        "flow_type",
        "initiation_method",
        "resource_published_timestamp",
        "data_lake_last_processed_timestamp",
    };
    return names;
}

// Applies the export cut-off to flow events and writes them. Events that
// start after it are left out. Events still running at it, and those whose
// end was not delivered, have no end, outcome or successor.
class FlowEventRowSink
{
public:
    FlowEventRowSink(RowWriter &writer, const World &world) : m_writer(writer), m_world(world) {}

    void write(const FlowEvent &event)
    {
        if (event.startMs >= m_world.exportEndMs)
            return;
        if (event.contactId != m_lastContactId) {
            m_lastContactId = event.contactId.toByteArray();
            ++m_contacts;
        }

        const bool running = event.endMs > m_world.exportEndMs || event.endMissing;
        const Resource &resource = event.module ? *event.module : *event.flow;
        const int version = resource.versionAt(event.startMs);
        const TimestampText start = timestampText(event.startMs);
        const TimestampText end = timestampText(event.endMs);
        const qint64 processedMs =
            std::min((running ? event.startMs : event.endMs) + event.processingDelayMs,
                     m_world.exportEndMs - 1);
        const TimestampText processed = timestampText(std::max(processedMs, event.startMs));

        std::array<Field, FlowEventFieldCount> fields;
        fields[InstanceId] = Field::of(event.instance->id);
        fields[EventId] = Field::of(event.eventId.view());
        fields[AwsAccountId] = Field::of(m_world.accountId);
        fields[InstanceArn] = Field::of(event.instance->arn);
        fields[ContactId] = Field::of(event.contactId);
        fields[FlowResourceId] = Field::of(event.flow->id);
        if (event.module)
            fields[ModuleResourceId] = Field::of(event.module->id);
        fields[ResourceVersion] = Field::of(resource.versions.at(size_t(version)));
        fields[ResourceType] = Field::of(event.module ? "module" : "flow");
        fields[Channel] = Field::of(event.channel);
        fields[StartTimestamp] = Field::of(start.view());
        if (!running) {
            fields[EndTimestamp] = Field::of(end.view());
            if (event.nextFlow) {
                fields[NextFlowResourceId] = Field::of(event.nextFlow->id);
                fields[NextResourceType] = Field::of("flow");
            } else if (event.nextQueue) {
                fields[NextQueueResourceId] = Field::of(*event.nextQueue);
                fields[NextResourceType] = Field::of("queue");
            }
            fields[FlowOutcome] = Field::optional(event.outcome);
        }
        fields[FlowLanguageVersion] = Field::of("2019-10-30");
        fields[SubType] = Field::optional(event.subType);
        fields[FlowType] = Field::of(event.flow->flowType);
        fields[InitiationMethod] = Field::of(event.initiationMethod);
        fields[ResourcePublishedTimestamp] =
            Field::of(resource.publishedTexts.at(size_t(version)).view());
        fields[DataLakeLastProcessedTimestamp] = Field::of(processed.view());
        m_writer.writeRow(fields.data());
    }

    qint64 contacts() const { return m_contacts; }

private:
    RowWriter &m_writer;
    const World &m_world;
    QByteArray m_lastContactId;
    qint64 m_contacts = 0;
};

GeneratedCounts writeContactFlowEvents(QIODevice &out, const GeneratorOptions &options,
                                       RowFormat format)
{
    const World world = buildWorld(options);
    RowWriter writer(out, format, options.arrayStyle, contactFlowEventsSpec(),
                     flowEventFieldNames());
    writer.writeHeader();
    FlowEventRowSink rowSink(writer, world);
    const FlowEventSink sink = [&rowSink](const FlowEvent &event) {
        rowSink.write(event);
    };

    // Test contacts first, then customer contacts, so that a row target
    // counts both.
    const QList<Execution> executions = buildExecutions(world, options);
    for (const Execution &execution : executions) {
        for (int i = 0; i < execution.contacts.size(); ++i) {
            Random random(options.seed, Stream::TestContact, execution.contacts.at(i).streamIndex);
            randomUuid(random); // the contact id, already drawn by buildExecutions()
            ContactSimulator(random, world, sink).run(testContactStart(world, execution, i));
        }
    }

    for (quint64 index = 0; writer.ok(); ++index) {
        if (options.targetFlowEventRows > 0 ? writer.rows() >= options.targetFlowEventRows
                                            : qint64(index) >= options.contacts)
            break;
        Random random(options.seed, Stream::CustomerContact, index);
        const ContactStart start = randomCustomerContact(random, world, options);
        ContactSimulator(random, world, sink).run(start);
    }

    GeneratedCounts counts;
    counts.ok = writer.finish();
    counts.rows = writer.rows();
    counts.contacts = rowSink.contacts();
    return counts;
}

enum TestExecutionField {
    TestInstanceId,
    TestInstanceArn,
    TestAwsAccountId,
    TestCaseResourceArn,
    TestCaseResourceName,
    ExecutionStartTimestamp,
    ExecutionEndTimestamp,
    TestCaseStatus,
    TestCaseResult,
    ExecutionId,
    FailureReasons,
    TestCaseType,
    ExecutionMethod,
    ExecutionChannel,
    ExecutionChannelSubtype,
    AssociatedInitialContactId,
    AssociatedContactIds,
    InitiatingFlowId,
    RecordCreationTimestamp,
    TestDataLakeLastProcessedTimestamp,
    TestExecutionFieldCount,
};

const QList<QByteArray> &testExecutionFieldNames()
{
    static const QList<QByteArray> names = {
        "instance_id",
        "instance_arn",
        "aws_account_id",
        "connect_test_case_resource_arn",
        "connect_test_case_resource_name",
        "connect_test_case_execution_start_timestamp",
        "connect_test_case_execution_end_timestamp",
        "connect_test_case_status",
        "connect_test_case_result",
        "connect_test_case_execution_id",
        "connect_test_case_failure_reasons",
        "connect_test_case_type",
        "connect_test_case_execution_method",
        "connect_test_case_execution_channel",
        "connect_test_case_execution_channel_subtype",
        "connect_test_case_associated_initial_contact_id",
        "connect_test_case_associated_contact_ids",
        "connect_test_case_initiating_flow_id",
        "record_creation_timestamp",
        "data_lake_last_processed_timestamp",
    };
    return names;
}

struct ArrayTexts
{
    QByteArray json;
    QByteArray athena;
};

ArrayTexts arrayTexts(const QList<QByteArrayView> &items)
{
    ArrayTexts texts;
    texts.json.append('[');
    texts.athena.append('[');
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0) {
            texts.json.append(',');
            texts.athena.append(", ");
        }
        appendJsonString(texts.json, items.at(i));
        texts.athena.append(items.at(i));
    }
    texts.json.append(']');
    texts.athena.append(']');
    return texts;
}

Field arrayField(const ArrayTexts &texts)
{
    return {Field::Kind::Array, texts.json, texts.athena};
}

GeneratedCounts writeTestExecutions(QIODevice &out, const GeneratorOptions &options,
                                    RowFormat format)
{
    const World world = buildWorld(options);
    RowWriter writer(out, format, options.arrayStyle, testCaseExecutionResultsSpec(),
                     testExecutionFieldNames());
    writer.writeHeader();

    qint64 contacts = 0;
    for (const Execution &execution : buildExecutions(world, options)) {
        const TestCase &testCase = world.testCases.at(execution.testCase);
        const Instance &instance = world.instances.at(testCase.instance);

        QList<QByteArrayView> contactIds;
        for (const TestContact &contact : execution.contacts)
            contactIds.append(contact.contactId.view());
        contacts += contactIds.size();
        const ArrayTexts contactTexts = arrayTexts(contactIds);
        QList<QByteArrayView> reasons;
        for (const QByteArray &reason : execution.failureReasons.value_or(QList<QByteArray>()))
            reasons.append(reason);
        const ArrayTexts reasonTexts = arrayTexts(reasons);

        const TimestampText start = timestampText(execution.startMs);
        const TimestampText end = timestampText(execution.endMs.value_or(0));
        const TimestampText created = timestampText(execution.recordCreationMs);
        const TimestampText processed = timestampText(execution.processedMs);

        std::array<Field, TestExecutionFieldCount> fields;
        fields[TestInstanceId] = Field::of(instance.id);
        fields[TestInstanceArn] = Field::of(instance.arn);
        fields[TestAwsAccountId] = Field::of(world.accountId);
        fields[TestCaseResourceArn] = Field::of(testCase.arn);
        fields[TestCaseResourceName] = Field::of(testCase.name);
        fields[ExecutionStartTimestamp] = Field::of(start.view());
        if (execution.endMs)
            fields[ExecutionEndTimestamp] = Field::of(end.view());
        fields[TestCaseStatus] = Field::of(execution.status);
        if (execution.result)
            fields[TestCaseResult] = Field::of(*execution.result);
        fields[ExecutionId] = Field::of(execution.executionId.view());
        if (execution.failureReasons)
            fields[FailureReasons] = arrayField(reasonTexts);
        fields[TestCaseType] = Field::of(testCase.type);
        fields[ExecutionMethod] = Field::of(testCase.executionMethod);
        fields[ExecutionChannel] = Field::of(testCase.channel);
        if (testCase.channelSubtype)
            fields[ExecutionChannelSubtype] = Field::of(*testCase.channelSubtype);
        if (!contactIds.isEmpty())
            fields[AssociatedInitialContactId] = Field::of(contactIds.first());
        fields[AssociatedContactIds] = arrayField(contactTexts);
        fields[InitiatingFlowId] = Field::of(instance.flows.at(testCase.initiatingFlow).id);
        fields[RecordCreationTimestamp] = Field::of(created.view());
        fields[TestDataLakeLastProcessedTimestamp] = Field::of(processed.view());
        writer.writeRow(fields.data());
    }

    GeneratedCounts counts;
    counts.ok = writer.finish();
    counts.rows = writer.rows();
    counts.contacts = contacts;
    return counts;
}

} // namespace

GeneratedCounts writeContactFlowEventsCsv(QIODevice &out, const GeneratorOptions &options)
{
    return writeContactFlowEvents(out, options, RowFormat::Csv);
}

GeneratedCounts writeTestExecutionsCsv(QIODevice &out, const GeneratorOptions &options)
{
    return writeTestExecutions(out, options, RowFormat::Csv);
}

GeneratedCounts writeContactFlowEventsJsonLines(QIODevice &out, const GeneratorOptions &options)
{
    return writeContactFlowEvents(out, options, RowFormat::JsonLines);
}

GeneratedCounts writeTestExecutionsJsonLines(QIODevice &out, const GeneratorOptions &options)
{
    return writeTestExecutions(out, options, RowFormat::JsonLines);
}

} // namespace Flowscope
