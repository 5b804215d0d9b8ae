#include "inputsource.h"

#include "bytestream.h"
#include "csvreader.h"
#include "jsonreader.h"
#include "logging.h"
#include "schema.h"
#include "textfilereader.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <array>

namespace Flowscope {

namespace {

class InputText
{
    Q_DECLARE_TR_FUNCTIONS(Flowscope::InputSource)
};

// Detection reads this much of the (decompressed) file: enough for many CSV
// records, cheap even for thousands of part files.
constexpr qint64 SampleSize = 64 * 1024;

// Records the delimiter sniffer looks at.
constexpr int MaxSniffedRecords = 100;

constexpr std::array<char, 5> CandidateDelimiters = {',', ';', '\t', '|', '\001'};

struct Sample
{
    QByteArray bytes;
    bool complete = false; // the sample is the whole (decompressed) file
};

ImportWarning rejection(ImportWarningKind kind, const QString &path, const QString &message)
{
    ImportWarning warning;
    warning.kind = kind;
    warning.severity = ImportWarningSeverity::FileRejected;
    warning.file = path;
    warning.message = message;
    return warning;
}

QString byteInHex(unsigned char byte)
{
    return QStringLiteral("0x") + QString::number(byte, 16).rightJustified(2, u'0').toUpper();
}

// Reads the first SampleSize bytes, decompressed when the file has the gzip magic number.
std::optional<ImportWarning> readSample(InputDetection &detection, Sample &sample)
{
    QFile file(detection.path);
    if (!file.open(QIODevice::ReadOnly)) {
        return rejection(ImportWarningKind::UnreadableFile, detection.path,
                         InputText::tr("Cannot open the file: %1. Check that you may read it.")
                             .arg(file.errorString()));
    }
    const QByteArray head = file.read(SampleSize);
    detection.gzip = head.startsWith("\x1f\x8b");
    if (!detection.gzip) {
        sample.bytes = head;
        sample.complete = file.atEnd();
        return std::nullopt;
    }
    file.close();

    ImportWarning error;
    auto stream = openDecompressedStream(detection.path, true, &error);
    if (!stream)
        return error;
    while (sample.bytes.size() < SampleSize) {
        if (stream->read(sample.bytes, SampleSize - sample.bytes.size()) == 0) {
            sample.complete = true;
            break;
        }
    }
    // A gzip file cut or damaged within the sample is rejected before any row is imported.
    if (stream->failed())
        return stream->error();
    return std::nullopt;
}

// Names the formats whose magic numbers show that the file is not text.
std::optional<ImportWarning> recogniseBinary(const QString &path, const QByteArray &bytes)
{
    const auto unsupported = [&](const QString &format) {
        return rejection(
            ImportWarningKind::UnsupportedFormat, path,
            InputText::tr("This is an %1 file, which Flowscope cannot read: the library for it, "
                          "Apache Arrow, is not packaged for Debian 12. Run the UNLOAD again "
                          "with format 'JSON' or 'TEXTFILE', or download the query results "
                          "from the Athena console as CSV.")
                .arg(format));
    };
    const auto notText = [&](const QString &what, const QString &advice) {
        return rejection(
            ImportWarningKind::NotText, path,
            InputText::tr("This is %1, not a CSV, JSON or TEXTFILE export. %2").arg(what, advice));
    };
    const QString chooseExport = InputText::tr("Choose the exported data file instead.");
    const QString otherCompression =
        InputText::tr("Decompress it, or compress it with gzip instead, and import it again.");

    if (bytes.startsWith("PAR1")) {
        return rejection(
            ImportWarningKind::UnsupportedFormat, path,
            InputText::tr("This is a Parquet file, which Flowscope cannot read: Parquet is not "
                          "supported because Debian 12 does not package Apache Arrow. Run the "
                          "UNLOAD again with format 'JSON' or 'TEXTFILE', or download the query "
                          "results from the Athena console as CSV."));
    }
    // ORC's magic is only three letters, so a text header starting "ORC" must not match.
    if (bytes.startsWith("ORC") && bytes.contains('\0'))
        return unsupported(QStringLiteral("ORC"));
    if (bytes.startsWith("Obj\x01"))
        return unsupported(QStringLiteral("Avro"));
    if (bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06")) {
        return notText(InputText::tr("a ZIP archive or an Excel workbook (.xlsx)"),
                       InputText::tr("Open it in Excel and save the sheet as CSV (CSV UTF-8 if "
                                     "offered), or unzip it and import the files inside."));
    }
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return notText(InputText::tr("a PNG image"), chooseExport);
    if (bytes.startsWith("\xff\xd8\xff"))
        return notText(InputText::tr("a JPEG image"), chooseExport);
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a"))
        return notText(InputText::tr("a GIF image"), chooseExport);
    if (bytes.startsWith("%PDF-"))
        return notText(InputText::tr("a PDF document"), chooseExport);
    if (bytes.startsWith("BZh") && bytes.mid(4, 6) == QByteArray("\x31\x41\x59\x26\x53\x59"))
        return notText(InputText::tr("compressed with bzip2"), otherCompression);
    if (bytes.startsWith(QByteArray("\xfd\x37zXZ\x00", 6)))
        return notText(InputText::tr("compressed with xz"), otherCompression);
    if (bytes.startsWith("\x28\xb5\x2f\xfd"))
        return notText(InputText::tr("compressed with Zstandard"), otherCompression);
    if (bytes.startsWith("7z\xbc\xaf\x27\x1c"))
        return notText(InputText::tr("a 7-Zip archive"), otherCompression);
    return std::nullopt;
}

std::optional<TextEncoding> encodingFromByteOrderMark(const QByteArray &bytes)
{
    if (bytes.startsWith("\xef\xbb\xbf"))
        return TextEncoding::Utf8;
    if (bytes.startsWith("\xff\xfe"))
        return TextEncoding::Utf16LE;
    if (bytes.startsWith("\xfe\xff"))
        return TextEncoding::Utf16BE;
    return std::nullopt;
}

qsizetype byteOrderMarkSize(TextEncoding encoding)
{
    return encoding == TextEncoding::Utf8 ? 3 : 2;
}

std::optional<ImportWarning> recogniseNulBytes(const QString &path, const QByteArray &bytes)
{
    const qsizetype firstNul = bytes.indexOf('\0');
    if (firstNul < 0)
        return std::nullopt;

    // ASCII text in UTF-16 has a NUL in every other byte.
    const qsizetype pairs = std::min<qsizetype>(bytes.size() / 2, 512);
    int nulHigh = 0;
    int nulLow = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        nulLow += bytes.at(2 * i) == '\0' ? 1 : 0;
        nulHigh += bytes.at(2 * i + 1) == '\0' ? 1 : 0;
    }
    // A run of zeros (a sparse or preallocated file) has NULs in both halves.
    const bool highHalfNul = nulHigh * 10 >= pairs * 9 && nulLow * 10 <= pairs;
    const bool lowHalfNul = nulLow * 10 >= pairs * 9 && nulHigh * 10 <= pairs;
    if (pairs > 0 && (highHalfNul || lowHalfNul)) {
        return rejection(ImportWarningKind::NotText, path,
                         InputText::tr("The file looks like UTF-16 text without a byte order "
                                       "mark, which cannot be read reliably. Save it as CSV "
                                       "UTF-8 and import it again."));
    }
    return rejection(ImportWarningKind::NotText, path,
                     InputText::tr("The file contains NUL bytes (the first at byte %1), so it is "
                                   "a binary file, not a CSV, JSON or TEXTFILE export. Choose the "
                                   "exported data file instead.")
                         .arg(firstNul));
}

// Position of the first byte that is not valid UTF-8, or -1. A sequence cut
// by the end of an incomplete sample is valid.
qsizetype firstInvalidUtf8(const QByteArray &bytes, bool complete)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char secondMin = 0x80;
        unsigned char secondMax = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            secondMin = lead == 0xE0 ? 0xA0 : 0x80;
            secondMax = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            secondMin = lead == 0xF0 ? 0x90 : 0x80;
            secondMax = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return i;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= size)
                return complete ? i : -1;
            const unsigned char min = k == 1 ? secondMin : 0x80;
            const unsigned char max = k == 1 ? secondMax : 0xBF;
            if (data[i + k] < min || data[i + k] > max)
                return i;
        }
        i += length;
    }
    return -1;
}

ImportWarning encodingFallbackWarning(const QString &path, const QByteArray &bytes,
                                      qsizetype position)
{
    const qint64 line = bytes.left(position).count('\n') + 1;
    const qsizetype lineStart = bytes.lastIndexOf('\n', position - 1) + 1;
    const auto byte = static_cast<unsigned char>(bytes.at(position));

    ImportWarning warning;
    warning.kind = ImportWarningKind::EncodingFallback;
    warning.severity = ImportWarningSeverity::Warning;
    warning.file = path;
    warning.line = line;
    warning.column =
        int(QString::fromLatin1(bytes.mid(lineStart, position - lineStart)).size()) + 1;
    warning.value = byteInHex(byte);
    warning.message =
        InputText::tr("Line %1, column %2: byte %3 is not valid UTF-8, so the file was read as "
                      "Windows-1252, the encoding Excel uses on Western European Windows. If "
                      "accented letters look wrong, choose the file's encoding in the import "
                      "options, or save it as CSV UTF-8 and import it again.")
            .arg(line)
            .arg(warning.column)
            .arg(warning.value);
    return warning;
}

void detectEncoding(InputDetection &detection, const InputOptions &options, const Sample &sample)
{
    const std::optional<TextEncoding> marked = encodingFromByteOrderMark(sample.bytes);
    if (options.encoding) {
        detection.encoding = *options.encoding;
        detection.byteOrderMark = marked == options.encoding;
        return;
    }
    if (marked) {
        detection.encoding = *marked;
        detection.byteOrderMark = true;
        return;
    }

    const qsizetype invalid = firstInvalidUtf8(sample.bytes, sample.complete);
    if (invalid < 0) {
        detection.encoding = TextEncoding::Utf8;
        return;
    }
    detection.encoding = TextEncoding::Windows1252;
    detection.warnings.append(encodingFallbackWarning(detection.path, sample.bytes, invalid));
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isBlankLine(QByteArrayView line)
{
    return std::all_of(line.begin(), line.end(), isBlank);
}

qsizetype skipBlanks(const QByteArray &text, qsizetype from)
{
    while (from < text.size() && isBlank(text.at(from)))
        ++from;
    return from;
}

InputFormat detectFormat(const QByteArray &text)
{
    const qsizetype first = skipBlanks(text, 0);
    if (text.at(first) == '{')
        return InputFormat::JsonLines;
    if (text.at(first) == '[') {
        const qsizetype next = skipBlanks(text, first + 1);
        if (next >= text.size() || text.at(next) == '{' || text.at(next) == ']')
            return InputFormat::JsonArray;
    }

    const qsizetype lineStart = text.lastIndexOf('\n', first) + 1;
    qsizetype lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0)
        lineEnd = text.size();
    if (QByteArrayView(text).sliced(lineStart, lineEnd - lineStart).contains('\001'))
        return InputFormat::AthenaTextFile;
    return InputFormat::Csv;
}

// The delimiter of a "sep=X" first line, as Excel reads and writes it.
std::optional<char> sepLineDelimiter(const QByteArray &text)
{
    qsizetype lineEnd = text.indexOf('\n');
    if (lineEnd < 0)
        lineEnd = text.size();
    QByteArray line = text.left(lineEnd);
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.size() < 5 || line.left(4).toLower() != "sep=")
        return std::nullopt;

    QByteArray rest = line.mid(4);
    if (rest.size() > 1)
        rest = rest.trimmed();
    if (rest.size() != 1)
        return std::nullopt;
    return rest.at(0);
}

// Delimiter counts outside quotes, one per non-blank record. A quote opens a
// quoted field only at the start of a field, as in RFC 4180.
QList<int> countDelimiters(const QByteArray &text, qsizetype from, char delimiter, bool complete)
{
    QList<int> counts;
    int count = 0;
    bool inQuotes = false;
    bool atFieldStart = true;
    bool recordHasText = false;

    for (qsizetype i = from; i < text.size() && counts.size() < MaxSniffedRecords; ++i) {
        const char c = text.at(i);
        if (inQuotes) {
            if (c == '"') {
                if (i + 1 < text.size() && text.at(i + 1) == '"')
                    ++i;
                else
                    inQuotes = false;
            }
            continue;
        }
        if (c == '\n') {
            if (recordHasText)
                counts.append(count);
            count = 0;
            atFieldStart = true;
            recordHasText = false;
            continue;
        }
        if (c == '\r')
            continue;

        recordHasText = true;
        if (c == delimiter) {
            ++count;
            atFieldStart = true;
        } else if (c == '"' && atFieldStart) {
            inQuotes = true;
            atFieldStart = false;
        } else {
            atFieldStart = false;
        }
    }

    // The last record of a cut sample may itself be cut.
    if (recordHasText && complete && counts.size() < MaxSniffedRecords)
        counts.append(count);
    return counts;
}

char sniffDelimiter(const QByteArray &text, qsizetype from, bool complete)
{
    // First choice: a delimiter every record has equally often. The candidate
    // order breaks ties, so a comma wins.
    QList<QList<int>> countsPerCandidate;
    for (const char candidate : CandidateDelimiters) {
        const QList<int> counts = countDelimiters(text, from, candidate, complete);
        countsPerCandidate.append(counts);
        const bool consistent = !counts.isEmpty() && counts.first() > 0 &&
                                std::all_of(counts.begin(), counts.end(),
                                            [&](int count) { return count == counts.first(); });
        if (consistent)
            return candidate;
    }

    // Otherwise (ragged rows, or a record longer than the sample): the
    // delimiter that the header has and most records share with it.
    char best = ',';
    qsizetype bestMatches = 0;
    for (qsizetype i = 0; i < qsizetype(CandidateDelimiters.size()); ++i) {
        const QList<int> &counts = countsPerCandidate.at(i);
        if (counts.isEmpty() || counts.first() == 0)
            continue;
        const qsizetype matches = std::count(counts.begin(), counts.end(), counts.first());
        if (matches > bestMatches) {
            best = CandidateDelimiters.at(std::size_t(i));
            bestMatches = matches;
        }
    }
    return best;
}

void detectCsvLayout(InputDetection &detection, const InputOptions &options, const QByteArray &text,
                     bool complete)
{
    const std::optional<char> sepDelimiter = sepLineDelimiter(text);
    detection.sepLine = sepDelimiter.has_value();

    // The header is the first non-blank line after the sep= line.
    qsizetype position = 0;
    qint64 line = 1;
    if (detection.sepLine) {
        const qsizetype sepLineEnd = text.indexOf('\n');
        position = sepLineEnd < 0 ? text.size() : sepLineEnd + 1;
        line = 2;
    }
    while (position < text.size()) {
        qsizetype lineEnd = text.indexOf('\n', position);
        if (lineEnd < 0)
            lineEnd = text.size();
        if (!isBlankLine(QByteArrayView(text).sliced(position, lineEnd - position)))
            break;
        position = lineEnd + 1;
        ++line;
    }
    detection.headerLine = line;

    if (options.delimiter)
        detection.delimiter = *options.delimiter;
    else if (sepDelimiter)
        detection.delimiter = *sepDelimiter;
    else
        detection.delimiter = sniffDelimiter(text, position, complete);
}

ImportWarning emptyFileProblem(const QString &path)
{
    return rejection(ImportWarningKind::EmptyFile, path,
                     InputText::tr("The file is empty: it has no header and no rows. Check "
                                   "that the export finished, or leave the file out."));
}

// The first non-blank line of a TEXTFILE export, for counting its fields.
QByteArray firstTextFileLine(const InputDetection &detection, ImportWarning *error)
{
    auto stream = openUtf8Stream(detection, error);
    if (!stream)
        return {};

    QByteArray text;
    qsizetype searchFrom = 0;
    while (true) {
        qsizetype lineEnd = text.indexOf('\n', searchFrom);
        while (lineEnd >= 0) {
            const QByteArrayView line =
                QByteArrayView(text).sliced(searchFrom, lineEnd - searchFrom);
            if (!isBlankLine(line))
                return line.toByteArray();
            searchFrom = lineEnd + 1;
            lineEnd = text.indexOf('\n', searchFrom);
        }
        if (stream->read(text, SampleSize) == 0)
            return text.mid(searchFrom);
    }
}

QString describeTableSizes()
{
    QStringList parts;
    for (const TableSpec *table : dataLakeTables())
        parts.append(InputText::tr("%1 has %n columns", nullptr, int(table->columns.size()))
                         .arg(table->name));
    return parts.join(QStringLiteral("; "));
}

// Column names for a headerless TEXTFILE export: given, from the named
// table, or from the table whose column count equals the field count.
std::optional<QStringList> textFileColumns(const InputDetection &detection,
                                           const InputOptions &options, ImportWarning *error)
{
    if (!options.columnNames.isEmpty())
        return options.columnNames;

    if (!options.tableHint.isEmpty()) {
        if (const TableSpec *table = findTableSpec(options.tableHint))
            return table->columnNames();
        *error = rejection(ImportWarningKind::TableNotDetected, detection.path,
                           InputText::tr("No data lake table is named \"%1\". Choose %2 or %3.")
                               .arg(options.tableHint, QLatin1String(TableNames::ContactFlowEvents),
                                    QLatin1String(TableNames::TestCaseExecutionResults)));
        return std::nullopt;
    }

    ImportWarning streamError;
    const QByteArray firstLine = firstTextFileLine(detection, &streamError);
    if (!streamError.message.isEmpty()) {
        *error = streamError;
        return std::nullopt;
    }
    const qsizetype fieldCount = firstLine.count('\001') + 1;
    for (const TableSpec *table : dataLakeTables()) {
        if (table->columns.size() == fieldCount)
            return table->columnNames();
    }

    *error = rejection(ImportWarningKind::TableNotDetected, detection.path,
                       InputText::tr("This Athena TEXTFILE export has no header, and its first "
                                     "line has %1 fields, which matches no data lake table (%2). "
                                     "Choose the table and, if the export selected only some "
                                     "columns, their names in order.")
                           .arg(fieldCount)
                           .arg(describeTableSizes()));
    return std::nullopt;
}

// The reason a file in a folder of part files is not data, or an empty string.
QString skipReason(const QFileInfo &info)
{
    const QString name = info.fileName();
    if (name.startsWith(u'.') || name.startsWith(u'_'))
        return InputText::tr("it is a hidden or marker file such as _SUCCESS");
    if (name.contains(QLatin1String("manifest"), Qt::CaseInsensitive) ||
        name.contains(QLatin1String("metadata"), Qt::CaseInsensitive))
        return InputText::tr("it is an Athena manifest or metadata file, not data");
    if (name.endsWith(QLatin1String(".crc"), Qt::CaseInsensitive))
        return InputText::tr("it is a checksum file");
    // Folders that people pass around carry a README beside the part files.
    if (name.endsWith(QLatin1String(".md"), Qt::CaseInsensitive) ||
        name.startsWith(QLatin1String("README"), Qt::CaseInsensitive))
        return InputText::tr("it is a documentation file, not data");
    if (!info.isFile())
        return InputText::tr("it is not a regular file");
    if (info.size() == 0)
        return InputText::tr("it is empty");
    return {};
}

ImportWarning skippedFileNotice(const QString &path, const QString &reason)
{
    ImportWarning notice;
    notice.kind = ImportWarningKind::SkippedFile;
    notice.severity = ImportWarningSeverity::Notice;
    notice.file = path;
    notice.message = InputText::tr("Skipped because %1.").arg(reason);
    return notice;
}

// Appends the data files under `folder`, walking subfolders, in sorted order.
void collectFolder(const QString &folder, QStringList *files, QList<ImportWarning> *warnings,
                   QSet<QString> *visitedFolders)
{
    // A symbolic link may point back up the tree; each real folder is read once.
    const QString canonical = QFileInfo(folder).canonicalFilePath();
    if (visitedFolders->contains(canonical)) {
        if (warnings)
            warnings->append(skippedFileNotice(
                folder, InputText::tr("it is a link to a folder that is already being read")));
        return;
    }
    visitedFolders->insert(canonical);

    const QDir dir(folder);
    const QFileInfoList entries = dir.entryInfoList(
        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
    for (const QFileInfo &entry : entries) {
        const QString path = dir.filePath(entry.fileName());
        const QString name = entry.fileName();
        if (entry.isDir()) {
            // Spark and Hive write work in progress to _temporary and .hive-staging folders.
            if (name.startsWith(u'.') || name.startsWith(u'_')) {
                if (warnings)
                    warnings->append(skippedFileNotice(
                        path, InputText::tr("it is a hidden or temporary folder")));
                continue;
            }
            collectFolder(path, files, warnings, visitedFolders);
            continue;
        }
        const QString reason = skipReason(entry);
        if (!reason.isEmpty()) {
            if (warnings)
                warnings->append(skippedFileNotice(path, reason));
            continue;
        }
        files->append(path);
    }
}

} // namespace

InputDetection detectInput(const QString &path, const InputOptions &options)
{
    InputDetection detection;
    detection.path = path;

    const QFileInfo info(path);
    if (!info.exists()) {
        detection.error = rejection(ImportWarningKind::UnreadableFile, path,
                                    InputText::tr("The file does not exist. Check the path."));
        return detection;
    }
    if (info.isDir()) {
        detection.error = rejection(
            ImportWarningKind::UnreadableFile, path,
            InputText::tr("This is a folder, not a file. Import the folder as a whole so that "
                          "its part files are found, or choose files in it."));
        return detection;
    }
    if (!info.isFile()) {
        // A pipe cannot be read twice, and detection reads the start first.
        detection.error = rejection(
            ImportWarningKind::UnreadableFile, path,
            InputText::tr("This is a pipe or device, not a file. Save the data to a file first, "
                          "then import that file."));
        return detection;
    }
    detection.fileSize = info.size();

    Sample sample;
    if (auto problem = readSample(detection, sample)) {
        detection.error = problem;
        return detection;
    }
    if (auto problem = recogniseBinary(path, sample.bytes)) {
        detection.error = problem;
        return detection;
    }

    detectEncoding(detection, options, sample);
    const bool utf16 =
        detection.encoding == TextEncoding::Utf16LE || detection.encoding == TextEncoding::Utf16BE;
    if (!utf16) {
        if (auto problem = recogniseNulBytes(path, sample.bytes)) {
            detection.error = problem;
            detection.warnings.clear();
            return detection;
        }
    }

    QByteArray withoutMark = sample.bytes;
    if (detection.byteOrderMark)
        withoutMark.remove(0, byteOrderMarkSize(detection.encoding));
    const QByteArray text = decodeSampleToUtf8(withoutMark, detection.encoding);
    if (isBlankLine(text)) {
        detection.error = emptyFileProblem(path);
        return detection;
    }

    detection.format = options.format ? *options.format : detectFormat(text);
    switch (detection.format) {
    case InputFormat::Csv:
        detectCsvLayout(detection, options, text, sample.complete);
        break;
    case InputFormat::AthenaTextFile:
        detection.delimiter = '\001';
        break;
    case InputFormat::JsonLines:
    case InputFormat::JsonArray:
        break;
    }

    qCDebug(lcReaders) << "detected" << path << inputFormatName(detection.format)
                       << textEncodingName(detection.encoding) << "gzip" << detection.gzip;
    return detection;
}

std::unique_ptr<RecordReader> openRecordReader(const InputDetection &detection,
                                               const InputOptions &options, ImportWarning *error)
{
    if (detection.error) {
        *error = *detection.error;
        return nullptr;
    }

    std::optional<QStringList> textFileColumnNames;
    if (detection.format == InputFormat::AthenaTextFile) {
        textFileColumnNames = textFileColumns(detection, options, error);
        if (!textFileColumnNames)
            return nullptr;
    }

    auto stream = openUtf8Stream(detection, error);
    if (!stream)
        return nullptr;

    switch (detection.format) {
    case InputFormat::Csv: {
        CsvReader::Options csvOptions;
        csvOptions.delimiter = detection.delimiter;
        csvOptions.skipSepLine = detection.sepLine;
        return std::make_unique<CsvReader>(std::move(stream), detection.path, csvOptions);
    }
    case InputFormat::AthenaTextFile:
        return std::make_unique<TextFileReader>(std::move(stream), detection.path,
                                                *textFileColumnNames, '\001');
    case InputFormat::JsonLines:
        return std::make_unique<JsonReader>(std::move(stream), detection.path,
                                            JsonReader::Layout::Lines);
    case InputFormat::JsonArray:
        return std::make_unique<JsonReader>(std::move(stream), detection.path,
                                            JsonReader::Layout::Array);
    }
    return nullptr;
}

QStringList expandInputPaths(const QStringList &paths, QList<ImportWarning> *warnings)
{
    QStringList files;
    QSet<QString> visitedFolders;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            if (warnings)
                warnings->append(
                    rejection(ImportWarningKind::UnreadableFile, path,
                              InputText::tr("The file or folder does not exist. Check the path.")));
            continue;
        }
        if (info.isDir())
            collectFolder(path, &files, warnings, &visitedFolders);
        else
            files.append(path);
    }

    // The same file may be named twice, directly, through its folder or
    // through a symbolic link.
    std::sort(files.begin(), files.end());
    QSet<QString> seen;
    QStringList unique;
    for (const QString &file : std::as_const(files)) {
        const QFileInfo info(file);
        const QString key = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        unique.append(file);
    }
    return unique;
}

QString inputFormatName(InputFormat format)
{
    switch (format) {
    case InputFormat::Csv:
        return QStringLiteral("CSV");
    case InputFormat::AthenaTextFile:
        return QStringLiteral("Athena TEXTFILE");
    case InputFormat::JsonLines:
        return QStringLiteral("JSON Lines");
    case InputFormat::JsonArray:
        return QStringLiteral("JSON array");
    }
    return QStringLiteral("unknown");
}

QString textEncodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return QStringLiteral("unknown");
}

} // namespace Flowscope
