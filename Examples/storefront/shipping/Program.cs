using System.Net.Http.Json;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.Services.AddHttpClient("carrier", client =>
{
    client.BaseAddress = new Uri(Environment.GetEnvironmentVariable("CARRIER_API_URL") ?? "https://api.carrier.example.com/v2/");
    client.Timeout = TimeSpan.FromSeconds(3);
});
var app = builder.Build();

app.MapDefaultEndpoints();

var shipments = app.MapGroup("/api/v1/shipments");
shipments.MapGet("/{orderId}/quote", async (string orderId, IHttpClientFactory factory) =>
{
    var carrier = factory.CreateClient("carrier");
    var quote = await carrier.GetFromJsonAsync<Quote>($"rates?order={orderId}");
    return Results.Ok(quote);
});

app.Run();

record Quote(string Carrier, decimal Price, int Days);
