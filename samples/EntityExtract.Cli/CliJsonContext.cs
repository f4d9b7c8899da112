using System.Text.Json.Serialization;

namespace EntityExtract.Cli;

[JsonSerializable(typeof(string))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
}
