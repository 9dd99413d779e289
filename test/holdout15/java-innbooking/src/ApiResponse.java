package innbooking;

public record ApiResponse(int status, String body) {
    static ApiResponse ok(String body) { return new ApiResponse(200, body); }
    static ApiResponse of(int status, String msg) { return new ApiResponse(status, msg); }
}
