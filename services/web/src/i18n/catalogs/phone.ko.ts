import type { PhoneMessages } from './phone.ja';

export const phoneKo: PhoneMessages = {
  'phone.title': '작업 보고',
  'phone.noLink': '받으신 링크로 이 페이지를 열어 주세요.',
  'phone.linkRejected': '이 링크는 더 이상 사용할 수 없습니다. 발주처에 새 링크를 요청하세요.',
  'phone.companyNotFound': '회사 {company}을(를) 찾을 수 없습니다. 발주처에 확인해 주세요.',
  'phone.company.id': '회사 ID',
  'phone.company.roles': '역할',
  'phone.company.timeZone': '시간대',
  'phone.company.registeredAt': '등록 일시',
};
