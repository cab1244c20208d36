import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';

// awsJson1_1 errors: the shape name in __type and x-amzn-ErrorType, the text in Message.
export function sendAwsError(res: ServerResponse, status: number, type: string, message: string): void {
  res.writeHead(status, {
    'Content-Type': 'application/x-amz-json-1.1',
    'x-amzn-RequestId': randomUUID(),
    'x-amzn-ErrorType': type,
  });
  res.end(JSON.stringify({ __type: type, Message: message }));
}
