import type { CommonMessages } from './common.ja';

export const commonKo: CommonMessages = {
  'app.name': '렌케이',
  'locale.label': '표시 언어',
  'session.signOut': '로그아웃',
  'status.loading': '불러오는 중…',
  'error.network': '서버에 연결할 수 없습니다. 연결 상태를 확인하고 다시 시도해 주세요.',
  'error.server': '서버에서 오류가 발생했습니다({code}). 잠시 후 다시 시도해 주세요.',
  'action.retry': '다시 시도',
  'role.lead': '원청',
  'role.workshop': '협력 공장',
  'role.integrator': '연계 사업자',
  'role.coordinator': '사무국',
  'delayReason.material': '자재',
  'delayReason.machine': '설비·기계',
  'delayReason.labour': '인력 부족',
  'delayReason.quality': '품질',
  'delayReason.subcontractor': '외주처',
  'delayReason.customer-change': '발주 측 변경',
  'delayReason.other': '기타',
};
