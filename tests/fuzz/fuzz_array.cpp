// libFuzzer target: parseStringArray() in every syntax on arbitrary text. An
// accepted array of valid UTF-8 must come out as a JSON array whose items are
// strings or null. Imports decode every file to UTF-8 before values are
// parsed, so invalid UTF-8 is only checked for not crashing.

#include "fuzzsupport.h"

#include "valueparser.h"

#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Flowscope;

FLOWSCOPE_FUZZ_TARGET(fuzzArray)
{
    const QByteArrayView text(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    const bool validUtf8 = text.isValidUtf8();
    for (const ArraySyntax syntax : {ArraySyntax::Auto, ArraySyntax::Json, ArraySyntax::Athena,
                                     ArraySyntax::TextFile}) {
        const ArrayValue value = parseStringArray(text, syntax);
        if (!value.ok) {
            Fuzz::check(!value.error.isEmpty());
            continue;
        }
        if (!validUtf8)
            continue;

        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(value.json, &parseError);
        Fuzz::check(parseError.error == QJsonParseError::NoError);
        Fuzz::check(document.isArray());
        for (const QJsonValue &item : document.array())
            Fuzz::check(item.isString() || item.isNull());
    }
    return 0;
}
