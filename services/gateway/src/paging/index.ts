export { connectionOf, emptyConnection, type Connection } from './connection';
export { ConnectionType, PageInfoModel } from './connection.model';
export { badCursorError, decodeListCursor, encodeListCursor, isDate, isText, isTimestamp, isWholeNumber, type CursorValue } from './list-cursor';
export { pageRequest, type PageRequest } from './page-request';
export { checkStatuses } from './status-filter';
